#include <stdio.h>

int main(void) {
    int width = 3;
    int height = 4
    printf("%d\n", width * height);
    return 0;
}
