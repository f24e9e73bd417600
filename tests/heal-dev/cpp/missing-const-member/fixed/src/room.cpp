#include "room.h"

double Room::area() const {
    return w_ * l_;
}
