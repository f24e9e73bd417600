#include "stats.h"

double mean(const double *xs, int n)
{
    double s = 0.0;
    for (int i = 0; i < n; i++) {
        s += xs[i];
    }
    return s / n;
}

double variance(const double *xs, int n)
{
    double m = mean(xs, n), s = 0.0;
    for (int i = 0; i < n; i++) {
        s += (xs[i] - m) * (xs[i] - m);
    }
    return s / n;
}
