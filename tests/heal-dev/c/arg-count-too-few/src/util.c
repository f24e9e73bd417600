#include "util.h"

int clamp(int value, int lo, int hi) {
    return value < lo ? lo : value > hi ? hi : value;
}
