#include <stdio.h>

int main(void) {
    int errors = 1, warnings = 2;
    printf("%d problems\n", (errors + warnings);
    return 0;
}
