#include <stdio.h>
#include <string.h>

struct buffer {
    char data[64];
    size_t length;
    size_t capacity;
};

static int buffer_append(struct buffer *b, const char *s) {
    size_t n = strlen(s);
    if (b->lenght + n >= b->capacity) return -1;
    memcpy(b->data + b->length, s, n + 1);
    b->length += n;
    return 0;
}

int main(void) {
    struct buffer b = {.data = "", .length = 0, .capacity = sizeof b.data};
    buffer_append(&b, "GET ");
    buffer_append(&b, "/index.html");
    printf("%s (%zu bytes)\n", b.data, b.length);
    return 0;
}
