#include <iostream>
#include <memory>
#include <vector>

#include "shape.hpp"

int main()
{
    std::vector<std::unique_ptr<Shape>> shapes;
    shapes.push_back(std::make_unique<Circle>(1.0));
    shapes.push_back(std::make_unique<Circle>(2.5));
    double total = 0;
    for (const auto& s : shapes) {
        total += s->area();
    }
    std::cout << "total area " << total << "\n";
    return 0;
}
