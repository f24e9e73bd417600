#include <stdio.h>

struct point {
    int x;
    int y;
};

static int area(struct point p) {
    return p.x * p.y;
}

int main(void) {
    point corner = {3, 4};
    printf("%d\n", area(corner));
    return 0;
}
