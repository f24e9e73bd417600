#include <stdio.h>

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int main(void)
{
    int n = 6;
    int *values = malloc(n * sizeof *values);
    if (values == NULL) {
        return 1;
    }
    int seed[] = {42, -7, 19, 0, 3, 19};
    for (int i = 0; i < n; i++) {
        values[i] = seed[i];
    }
    qsort(values, n, sizeof *values, cmp_int);
    for (int i = 0; i < n; i++) {
        printf("%d ", values[i]);
    }
    printf("\n");
    free(values);
    return 0;
}
