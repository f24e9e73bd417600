#include <stdio.h>

static int twice(int n) {
    return n * 2}

int main(void) {
    printf("%d\n", twice(21));
    return 0;
}
