#include <stdio.h>

static void say(const char *message) {
    printf(message);
}

int main(void) {
    say("hello 100%% sure\n");
    return 0;
}
