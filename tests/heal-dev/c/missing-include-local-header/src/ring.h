#ifndef RING_H
#define RING_H

#include <stdbool.h>
#include <stddef.h>

#define RING_CAP 4

typedef struct {
    int data[RING_CAP];
    size_t head;
    size_t len;
} ring_t;

void ring_init(ring_t *r);
bool ring_push(ring_t *r, int v);
bool ring_pop(ring_t *r, int *out);

#endif
