#include <stdio.h>

int main(void) {
    printf("running as %ld\n", (long)getpid());
    return isatty(STDOUT_FILENO) ? 0 : 0;
}
