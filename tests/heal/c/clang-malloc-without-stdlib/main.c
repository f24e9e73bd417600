#include <stdio.h>

int main(void) {
    int *squares = malloc(10 * sizeof *squares);
    if (squares == NULL) {
        return EXIT_FAILURE;
    }
    for (int i = 0; i < 10; i++) {
        squares[i] = i * i;
    }
    printf("%d\n", squares[9]);
    free(squares);
    return EXIT_SUCCESS;
}
