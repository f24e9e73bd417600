#include <stdio.h>

static double to_fahrenheit(double celsius)
{
    return celsius * 9.0 / 5.0 + 32;
}

static double average(const double *xs, int n)
{
    double sum = 0;
    for (int i = 0; i < n; i++)
        sum += xs[i];
    return n ? sum / n : 0;
}

static int close_to(double a, double b)
{
    double d = a - b;
    return d < 0.01 && d > -0.01;
}

int main(void)
{
    const double week[] = {18.0, 21.5, 25.0, 19.5, 16.0};
    double avg_c = average(week, 5);
    double avg_f = to_fahrenheit(avg_c);
    printf("average %.1f C = %.1f F\n", avg_c, avg_f);
    if (!close_to(to_fahrenheit(100.0), 212.0) || !close_to(avg_f, 68.0))
        return 1;
    return 0;
}
