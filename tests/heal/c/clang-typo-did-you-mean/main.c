#include <stdio.h>

static int counter = 0;

static void tick(void) {
    countr++;
}

int main(void) {
    tick();
    printf("%d\n", counter);
    return 0;
}
