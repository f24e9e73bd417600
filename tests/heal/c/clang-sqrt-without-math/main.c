#include <stdio.h>

double distance(double x, double y) {
    return sqrt(x * x + y * y);
}

int main(void) {
    printf("%.1f\n", distance(3.0, 4.0));
    return 0;
}
