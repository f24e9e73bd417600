#include "room.h"

double Room::area() {
    return w_ * l_;
}
