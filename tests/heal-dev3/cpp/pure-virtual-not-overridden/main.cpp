#include <iostream>
#include <memory>
#include <vector>

#include "shapes.h"

int main() {
    std::vector<std::unique_ptr<Shape>> shapes;
    shapes.push_back(std::make_unique<Circle>(1.0));
    shapes.push_back(std::make_unique<Rectangle>(2.0, 3.0));
    double fence = 0;
    for (const auto& s : shapes) {
        std::cout << s->name() << ": area " << s->area() << ", perimeter " << s->perimeter() << '\n';
        fence += s->perimeter();
    }
    return fence > 16.28 && fence < 16.29 ? 0 : 1;
}
