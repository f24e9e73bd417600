#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char *copy = strdup("already included, hidden by -std=c99");
    puts(copy);
    free(copy);
    return 0;
}
