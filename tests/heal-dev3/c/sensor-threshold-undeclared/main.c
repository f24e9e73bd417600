#include <stdio.h>

#define SAMPLES 8

static double mean(const double *xs, int n)
{
    double sum = 0.0;
    for (int i = 0; i < n; i++)
        sum += xs[i];
    return sum / n;
}

static int count_above(const double *xs, int n, double limit)
{
    int count = 0;
    for (int i = 0; i < n; i++)
        if (xs[i] > limit)
            count++;
    return count;
}

int main(void)
{
    const double humidity[SAMPLES] = {41.0, 44.5, 67.2, 71.8, 52.3, 80.1, 39.9, 66.0};
    const double threshold = 65.0;
    double avg = mean(humidity, SAMPLES);
    int high = count_above(humidity, SAMPLES, treshold);
    printf("average %.1f%%, %d samples above %.0f%%\n", avg, high, threshold);
    return high == 4 ? 0 : 1;
}
