#include <stdio.h>

#include "vector.h"

int main(void)
{
    IntVec squares = {0};
    for (int i = 1; i <= 10; i++) {
        vec_push(&squares, i * i);
    }
    printf("%zu squares, last %d, capacity %zu\n", squares.len, squares.data[squares.len - 1], squares.cap);
    vec_free(&squares);
    return 0;
}
