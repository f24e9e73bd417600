#include <iostream>

#include "timer.hpp"

int main()
{
    Countdown c(3);
    std::cout << c.label();
    while (c.tick()) {
        std::cout << " " << c.label();
    }
    std::cout << " " << c.label() << "\n";
    return 0;
}
