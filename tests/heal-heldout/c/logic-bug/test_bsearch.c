#include <stdio.h>

#include "bsearch.h"

int main(void)
{
    int a[] = {2, 3, 5, 7, 11, 13, 17};
    int n = 7, failures = 0;
    for (int i = 0; i < n; i++) {
        int got = find_sorted(a, n, a[i]);
        if (got != i) {
            printf("find_sorted(%d) = %d, want %d\n", a[i], got, i);
            failures++;
        }
    }
    if (find_sorted(a, n, 4) != -1) {
        printf("found a missing key\n");
        failures++;
    }
    printf("%d failures\n", failures);
    return failures != 0;
}
