#include <stdio.h>

enum state { IDLE, RUNNING, DONE };

static const char *describe(enum state s, int progress)
{
    if (s = DONE) {
        return "finished";
    }
    return progress > 50 ? "more than half way" : "starting";
}

int main(void)
{
    printf("%s\n", describe(RUNNING, 30));
    printf("%s\n", describe(RUNNING, 80));
    printf("%s\n", describe(DONE, 100));
    return 0;
}
