#include <stdio.h>
#include <string.h>

struct country {
    const char *code;
    const char *name;
};

static const struct country COUNTRIES[] = {
    {"DE", "Germany"}, {"FR", "France"}, {"JP", "Japan"}, {"KE", "Kenya"},
};

static const char *country_name(const char *code) {
    for (size_t i = 0; i < sizeof COUNTRIES / sizeof COUNTRIES[0]; i++) {
        if (strcmp(COUNTRIES[i].code, code) == 0) {
            return COUNTRIES[i].name;
        }
    }
    return NULL;
}

int main(void) {
    const char *queries[] = {"JP", "XX", "KE"};
    int found = 0;
    for (int i = 0; i < 3; i++) {
        const char *name = country_name(queries[i]);
        printf("%s -> %s\n", queries[i], name ? name : "(unknown)");
        if (name) found++;
    }
    return found == 2 ? 0 : 1;
}
