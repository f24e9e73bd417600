#include "util.h"

size_t count_char(const char *s, char c) {
    size_t n = 0;
    for (; *s; s++) n += (*s == c);
    return n;
}

int clamp(int v, int lo, int hi) {
    return v < lo ? lo : v > hi ? hi : v;
}
