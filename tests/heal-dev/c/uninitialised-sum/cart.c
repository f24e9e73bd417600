#include <stdio.h>

struct item {
    const char *name;
    int qty;
    int cents;
};

static int cart_total(const struct item *items, int n) {
    int total;
    for (int i = 0; i < n; i++) {
        total += items[i].qty * items[i].cents;
    }
    return total;
}

int main(void) {
    struct item cart[] = {{"tea", 2, 450}, {"scone", 3, 275}, {"jam", 1, 390}};
    int t = cart_total(cart, 3);
    printf("total %d.%02d\n", t / 100, t % 100);
    return t == 2115 ? 0 : 1;
}
