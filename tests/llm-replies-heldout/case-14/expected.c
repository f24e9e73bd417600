#include <stdbool.h>
#include <stddef.h>

#define RING_CAP 64

struct ring {
    int buf[RING_CAP];
    size_t head;
    size_t len;
};

bool ring_push(struct ring *r, int v)
{
    if (r->len == RING_CAP)
        return false;
    r->buf[(r->head + r->len) % RING_CAP] = v;
    r->len++;
    return true;
}

bool ring_pop(struct ring *r, int *out)
{
    if (r->len == 0)
        return false;
    *out = r->buf[r->head];
    r->head = (r->head + 1) % RING_CAP;
    r->len--;
    return true;
}
