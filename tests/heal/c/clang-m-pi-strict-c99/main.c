#include <math.h>
#include <stdio.h>

int main(void) {
    double area = M_PI * 2.0 * 2.0;
    printf("%.2f\n", area);
    return 0;
}
