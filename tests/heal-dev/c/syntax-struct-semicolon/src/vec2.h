#ifndef VEC2_H
#define VEC2_H

typedef struct vec2 {
    double x;
    double y;
} vec2

vec2 vec2_add(vec2 a, vec2 b);
vec2 vec2_scale(vec2 a, double k);
double vec2_dot(vec2 a, vec2 b);

#endif
