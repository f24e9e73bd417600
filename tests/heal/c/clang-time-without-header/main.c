#include <stdio.h>

int main(void) {
    time_t now = time(NULL);
    clock_t start = clock();
    printf("%d\n", now > 0 && start >= 0);
    return 0;
}
