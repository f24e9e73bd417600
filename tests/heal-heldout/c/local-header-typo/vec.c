#include <stdlib.h>

#include "vec.h"

void vec_push(IntVec *v, int x)
{
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 4;
        v->data = realloc(v->data, v->cap * sizeof *v->data);
        if (!v->data) {
            abort();
        }
    }
    v->data[v->len++] = x;
}

void vec_free(IntVec *v)
{
    free(v->data);
    v->data = NULL;
    v->len = v->cap = 0;
}
