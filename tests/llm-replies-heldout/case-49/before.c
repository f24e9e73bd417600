#include <math.h>

struct point {
    double x;
    double y;
};

double point_dist(const struct point *a, const struct point *b)
{
    double dx = a->x - b->x;
    double dy = a->y - b->y;
    double dz = a->z - b->z;
    return sqrt(dx * dx + dy * dy + dz * dz);
}
