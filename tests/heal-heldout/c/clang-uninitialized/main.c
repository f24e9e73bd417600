#include <stdio.h>

static int checksum(const char *s)
{
    int sum;
    for (; *s; s++) {
        sum = (sum * 31 + (unsigned char)*s) % 65521;
    }
    return sum;
}

int main(void)
{
    const char *keys[] = {"alpha", "beta", "gamma"};
    for (int i = 0; i < 3; i++) {
        printf("%-6s %5d\n", keys[i], checksum(keys[i]));
    }
    return 0;
}
