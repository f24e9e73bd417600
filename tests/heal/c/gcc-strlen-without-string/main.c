#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    const char *name = argc > 1 ? argv[1] : "world";
    char *copy = malloc(strlen(name) + 1);
    strcpy(copy, name);
    printf("hello %s (%zu)\n", copy, strlen(copy));
    free(copy);
    return 0;
}
