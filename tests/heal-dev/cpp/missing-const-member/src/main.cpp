#include <iostream>
#include <vector>

#include "room.h"

double total_area(const std::vector<Room>& rooms) {
    double sum = 0;
    for (const Room& r : rooms) {
        sum += r.area();
    }
    return sum;
}

int main() {
    std::vector<Room> flat = {{"kitchen", 3.0, 4.0}, {"bedroom", 3.5, 4.0}, {"hall", 1.0, 5.0}};
    double a = total_area(flat);
    std::cout << "floor area " << a << " m2\n";
    return a == 31.0 ? 0 : 1;
}
