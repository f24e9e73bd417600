#include "temperature.h"

std::string Temperature::describe() const {
    if (c_ < 0) return "freezing";
    if (c_ < 15) return "cold";
    if (c_ < 25) return "mild";
    return "hot";
}
