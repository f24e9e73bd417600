#include <assert.h>
#include <stdio.h>

#define CAP 4

struct ring {
    int items[CAP];
    int head, count;
};

static void ring_push(struct ring *r, int v) {
    int tail = (r->head + r->count) % CAP;
    r->items[tail] = v;
    if (r->count < CAP) {
        r->count++;
    } else {
        r->head = (r->head + 1) % CAP;
    }
}

static int ring_oldest(const struct ring *r) {
    return r->items[r->head];
}

int main(void) {
    struct ring r = {{0}, 0, 0};
    for (int v = 1; v <= 9; v++) ring_push(&r, v);
    printf("oldest=%d count=%d\n", ring_oldest(&r), r.count);
    assert(ring_oldest(&r) == 6);
    return 0;
}
