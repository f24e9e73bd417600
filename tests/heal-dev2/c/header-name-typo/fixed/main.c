#include <stdio.h>

#include "util.h"

int main(void) {
    const char *csv = "a,b,,d,e";
    printf("fields: %zu\n", count_char(csv, ',') + 1);
    printf("clamped: %d\n", clamp(140, 0, 100));
    return 0;
}
