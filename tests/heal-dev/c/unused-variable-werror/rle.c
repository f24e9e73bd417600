#include <stdio.h>
#include <string.h>

/* Run-length encodes src into dst ("aaab" -> "3a1b"); returns the encoded length. */
static size_t rle_encode(const char *src, char *dst, size_t cap) {
    size_t out = 0;
    char tmp[8];
    for (size_t i = 0; src[i] != '\0';) {
        size_t run = 1;
        while (src[i + run] == src[i] && run < 9) run++;
        if (out + 2 >= cap) break;
        dst[out++] = (char)('0' + run);
        dst[out++] = src[i];
        i += run;
    }
    dst[out] = '\0';
    return out;
}

int main(void) {
    char buf[64];
    size_t n = rle_encode("aaabccddddde", buf, sizeof buf);
    printf("%s (%zu)\n", buf, n);
    return strcmp(buf, "3a1b2c5d1e") == 0 ? 0 : 1;
}
