#include <stdio.h>
#include <string.h>

#define NAME_MAX_LEN 32

struct user {
    int id;
    char name[NAME_MAX_LEN];
};

void user_init(struct user *u, int id, const char *name)
{
    u->id = id;
    snprintf(u->name, sizeof u->name, "%s", name);
}

void user_print(const struct user *u)
{
    printf("#%d %s\n", u->id, u->name);
}
