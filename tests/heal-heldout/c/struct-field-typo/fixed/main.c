#include <math.h>
#include <stdio.h>

struct point {
    double x;
    double y;
};

static double path_length(const struct point *pts, int n)
{
    double len = 0.0;
    for (int i = 1; i < n; i++) {
        double dx = pts[i].x - pts[i - 1].x;
        double dy = pts[i].y - pts[i - 1].y;
        len += sqrt(dx * dx + dy * dy);
    }
    return len;
}

int main(void)
{
    struct point route[] = {{0, 0}, {3, 4}, {3, 10}};
    printf("route length %.2f\n", path_length(route, 3));
    return 0;
}
