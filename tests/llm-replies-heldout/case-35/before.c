#include <math.h>
#include <stddef.h>

double mean(const double *xs, size_t n)
{
    size_t i;
    double sum = 0.0;

    for (i = 0; i < n; i++) {
        sum += xs[i];
    }
    return n ? sum / n : 0.0;
}

double stddev(const double *xs, size_t n)
{
    double m = mean(xs, n);
    double acc = 0.0;

    for (i = 0; i < n; i++) {
        acc += (xs[i] - m) * (xs[i] - m);
    }
    return n ? sqrt(acc / n) : 0.0;
}
