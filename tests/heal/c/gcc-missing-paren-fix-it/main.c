#include <stdio.h>

static void report(int errors, int warnings) {
    printf("%d problems\n", (errors + warnings);
}

int main(void) {
    report(2, 3);
    return 0;
}
