#include "vec2.h"

vec2 vec2_add(vec2 a, vec2 b) { return (vec2){a.x + b.x, a.y + b.y}; }
vec2 vec2_scale(vec2 a, double k) { return (vec2){a.x * k, a.y * k}; }
double vec2_dot(vec2 a, vec2 b) { return a.x * b.x + a.y * b.y; }
