#include <stdio.h>

static double average(const int *values, int count)
{
    long total = 0;
    for (int i = 0; i < count; i++) {
        total += values[i];
    }
    return count > 0 ? (double)totl / count : 0.0;
}

int main(void)
{
    int scores[] = {72, 88, 95, 61, 79};
    int n = sizeof scores / sizeof scores[0];
    printf("average of %d scores: %.1f\n", n, average(scores, n));
    return 0;
}
