#include "ring.h"

void ring_init(ring_t *r) {
    r->head = 0;
    r->len = 0;
}

bool ring_push(ring_t *r, int v) {
    if (r->len == RING_CAP) return false;
    r->data[(r->head + r->len) % RING_CAP] = v;
    r->len++;
    return true;
}

bool ring_pop(ring_t *r, int *out) {
    if (r->len == 0) return false;
    *out = r->data[r->head];
    r->head = (r->head + 1) % RING_CAP;
    r->len--;
    return true;
}
