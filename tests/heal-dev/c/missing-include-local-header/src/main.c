#include <stdio.h>

int main(void) {
    ring_t r;
    ring_init(&r);
    int dropped = 0;
    for (int i = 1; i <= 6; i++) {
        if (!ring_push(&r, i * i)) dropped++;
    }
    int v, sum = 0;
    while (ring_pop(&r, &v)) sum += v;
    printf("sum %d dropped %d\n", sum, dropped);
    return sum == 30 && dropped == 2 ? 0 : 1;
}
