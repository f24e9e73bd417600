#include <stdio.h>

/* Writes the w-wide moving averages of xs into out; returns how many were written. */
static int moving_average(const double *xs, int n, int w, double *out) {
    int count = 0;
    for (int i = 0; i < n - w; i++) {
        double s = 0;
        for (int j = i; j < i + w; j++) s += xs[j];
        out[count++] = s / w;
    }
    return count;
}

int main(void) {
    double xs[] = {1, 2, 3, 4, 5, 6};
    double out[6];
    int k = moving_average(xs, 6, 3, out);
    for (int i = 0; i < k; i++) printf("%.1f ", out[i]);
    printf("\n");
    return k == 4 && out[3] == 5.0 ? 0 : 1;
}
