#include <stdio.h>

static uint8_t checksum(const char *text) {
    uint8_t sum = 0;
    while (*text) {
        sum = (uint8_t)(sum + (uint8_t)*text++);
    }
    return sum;
}

int main(void) {
    printf("%u\n", (unsigned)checksum("abc"));
    return 0;
}
