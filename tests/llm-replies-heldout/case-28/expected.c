#include <stdlib.h>

struct vec {
    double *data;
    size_t len;
    size_t cap;
};

int vec_push(struct vec *v, double x)
{
    if (v->len == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 8;
        double *p = realloc(v->data, cap * sizeof *p);
        if (!p)
            return -1;
        v->data = p;
        v->cap = cap;
    }
    v->data[v->len++] = x;
    return 0;
}

int vec_empty(struct vec v)
{
    return v.len == 0;
}
