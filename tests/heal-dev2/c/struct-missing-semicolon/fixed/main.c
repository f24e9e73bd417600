#include <stdio.h>

struct sensor {
    const char *name;
    double min, max;
    double last;
};

static int in_range(const struct sensor *s) {
    return s->last >= s->min && s->last <= s->max;
}

int main(void) {
    struct sensor sensors[] = {
        {"boiler", 40.0, 90.0, 95.5},
        {"intake", -10.0, 45.0, 21.0},
    };
    for (size_t i = 0; i < sizeof sensors / sizeof sensors[0]; i++) {
        printf("%-8s %6.1f %s\n", sensors[i].name, sensors[i].last, in_range(&sensors[i]) ? "ok" : "ALARM");
    }
    return 0;
}
