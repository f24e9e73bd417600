#include "ring.h"

void ring_init(Ring *r, int *buf, size_t cap)
{
    r->buf = buf;
    r->cap = cap;
    r->head = 0;
    r->count = 0;
}

void ring_push(Ring *r, int value)
{
    r->buf[(r->head + r->count) % r->cap] = value;
    if (r->count < r->cap) {
        r->count++;
    } else {
        r->head = (r->head + 1) % r->cap;
    }
}

int ring_sum(const Ring *r)
{
    int s = 0;
    for (size_t i = 0; i < r->count; i++) {
        s += r->buf[(r->head + i) % r->cap];
    }
    return s;
}
