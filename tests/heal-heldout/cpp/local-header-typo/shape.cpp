#include "shape.hpp"

double Circle::area() const
{
    return 3.141592653589793 * r_ * r_;
}
