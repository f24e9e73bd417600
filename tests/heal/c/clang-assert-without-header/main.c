#include <stdio.h>

static int divide(int a, int b) {
    assert(b != 0);
    return a / b;
}

int main(void) {
    printf("%d\n", divide(10, 2));
    return 0;
}
