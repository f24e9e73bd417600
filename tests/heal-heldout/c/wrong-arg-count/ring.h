#ifndef RING_H
#define RING_H

#include <stddef.h>

typedef struct {
    int *buf;
    size_t cap;
    size_t head;
    size_t count;
} Ring;

/* Initialises r over caller-owned storage buf of cap elements. */
void ring_init(Ring *r, int *buf, size_t cap);
void ring_push(Ring *r, int value);
int ring_sum(const Ring *r);

#endif
