#include <stdio.h>

#include "stats.h"

int main(void)
{
    double heights[] = {1.62, 1.75, 1.80, 1.68, 1.71};
    int n = 5;
    printf("mean %.3f  variance %.5f\n", mean(heights, n), variance(heights, n));
    return 0;
}
