#include <stdio.h>

enum { WIDTH = 8 };

static void print_board(void)
{
    for (int row = 0; row < WIDTH; row++) {
        for (int col = 0; col < WIDTH; col++) {
            char cell = ((row + col) % 2 == 0) ? '#' : '.'
            putchar(cell);
        }
        putchar('\n');
    }
}

int main(void)
{
    print_board();
    return 0;
}
