#include <stdio.h>
#include <string.h>
#include <strings.h>

struct command {
    const char *name;
    int (*run)(const char *arg);
};

static int cmd_echo(const char *arg) { printf("%s\n", arg); return 0; }
static int cmd_len(const char *arg) { printf("%d\n", (int)strlen(arg)); return 0; }

static const struct command commands[] = {
    {"echo", cmd_echo},
    {"len", cmd_len},
};

static const struct command *find_command(const char *name)
{
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcasecmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

int main(void)
{
    const struct command *c = find_command("LEN");
    if (c == NULL)
        return 1;
    return c->run("hello, world");
}
