#include <ctype.h>
#include <stdio.h>

/* Count whitespace-separated words read from a stream. */
static long count_words(FILE *fp)
{
    int c;
    int in_word = 0;
    long count = 0;

    while ((c = fgetc(fp)) != EOF) {
        if (isspace(c)) {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            count++;
        }
    }
    return count;
}

int main(void)
{
    printf("%ld\n", count_words(stdin));
    return 0;
}
