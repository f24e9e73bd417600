#include <stdio.h>
#include <string.h>

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(const double *values, size_t n) {
    double *copy = malloc(n * sizeof *copy);
    if (copy == NULL) return 0.0;
    memcpy(copy, values, n * sizeof *copy);
    qsort(copy, n, sizeof *copy, cmp_double);
    double m = n % 2 ? copy[n / 2] : (copy[n / 2 - 1] + copy[n / 2]) / 2.0;
    free(copy);
    return m;
}

int main(void) {
    double latencies[] = {12.5, 9.0, 31.2, 10.1, 11.7, 95.0};
    double m = median(latencies, 6);
    printf("median latency %.2f ms\n", m);
    return m > 12.09 && m < 12.11 ? 0 : 1;
}
