#include <stdio.h>

#include "ring.h"

int main(void)
{
    int storage[4];
    Ring window;
    ring_init(&window, storage);
    for (int v = 1; v <= 10; v++) {
        ring_push(&window, v);
    }
    printf("sum of last 4: %d\n", ring_sum(&window));
    return 0;
}
