#include <stdio.h>

static unsigned checksum(const unsigned char *buf, size_t n) {
    unsigned sum = 0;
    for (size_t i = 0; i < n; i++) {
        sum = (sum << 1 | sum >> 31) ^ buf[i];
    }
    return sum;
}

int main(void) {
    const unsigned char data[] = "hello, checksum";
    printf("%08x\n", checksum(data, sizeof data - 1));
    return 0;
}
