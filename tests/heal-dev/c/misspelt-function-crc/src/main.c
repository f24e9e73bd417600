#include <stdio.h>
#include <string.h>

#include "crc32.h"

int main(void) {
    const char *parts[] = {"The quick brown fox ", "jumps over ", "the lazy dog"};
    uint32_t crc = 0;
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        crc = crc32_updte(crc, (const unsigned char *)parts[i], strlen(parts[i]));
    }
    const char *whole = "The quick brown fox jumps over the lazy dog";
    uint32_t once = crc32((const unsigned char *)whole, strlen(whole));
    printf("%08x %08x\n", (unsigned)crc, (unsigned)once);
    return crc == once && once == 0x414FA339u ? 0 : 1;
}
