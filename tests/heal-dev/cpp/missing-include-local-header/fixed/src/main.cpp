#include <iostream>

#include "temperature.h"

int main() {
    Temperature t = Temperature::fahrenheit(77);
    std::cout << t.as_celsius() << " C is " << t.describe() << "\n";
    return t.as_celsius() == 25.0 && t.describe() == "hot" ? 0 : 1;
}
