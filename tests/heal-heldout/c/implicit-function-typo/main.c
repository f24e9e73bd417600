#include <stdio.h>
#include <string.h>

#include "crc.h"

int main(void)
{
    const char *msg = "123456789";
    uint32_t crc = crc32_compte((const unsigned char *)msg, strlen(msg));
    printf("crc32(\"%s\") = %08x\n", msg, (unsigned)crc);
    return crc == 0xCBF43926u ? 0 : 1;
}
