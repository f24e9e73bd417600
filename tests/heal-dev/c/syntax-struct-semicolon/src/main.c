#include <stdio.h>

#include "vec2.h"

int main(void) {
    vec2 pos = {0, 0}, vel = {1.5, -0.5};
    for (int t = 0; t < 4; t++) {
        pos = vec2_add(pos, vec2_scale(vel, 0.5));
    }
    printf("(%.2f, %.2f)\n", pos.x, pos.y);
    return vec2_dot(pos, (vec2){1, 1}) == 2.0 ? 0 : 1;
}
