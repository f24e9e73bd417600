#include <stdio.h>

static long file_size_total(const long *sizes, int n)
{
    long total = 0;
    for (int i = 0; i < n; i++) {
        total += sizes[i];
    }
    return total;
}

int main(void)
{
    long sizes[] = {4096L, 3000000000L, 512L};
    long total = file_size_total(sizes, 3);
    printf("total bytes: %d\n", total);
    printf("average: %.1f\n", total / 3.0);
    return 0;
}
