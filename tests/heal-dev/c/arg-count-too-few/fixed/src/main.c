#include <stdio.h>

#include "util.h"

int main(void) {
    int volumes[] = {-5, 40, 130, 99};
    int brightness = clamp(180, 0, 255);
    for (int i = 0; i < 4; i++) {
        printf("%d ", clamp(volumes[i], 0, 100));
    }
    printf("\nbrightness %d\n", brightness);
    return 0;
}
