#include <stdio.h>

static int smallest(const int *values, int count) {
    int best = INT_MAX;
    for (int i = 0; i < count; i++) {
        if (values[i] < best) {
            best = values[i];
        }
    }
    return best;
}

int main(void) {
    int values[] = {7, 3, 9};
    printf("%d\n", smallest(values, 3));
    return 0;
}
