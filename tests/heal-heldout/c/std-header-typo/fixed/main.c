#include <stdio.h>
#include <ctype.h>

/* Counts words, treating any run of letters or digits as a word. */
static int count_words(const char *s)
{
    int words = 0, in_word = 0;
    for (; *s; s++) {
        if (isalnum((unsigned char)*s)) {
            if (!in_word) {
                words++;
            }
            in_word = 1;
        } else {
            in_word = 0;
        }
    }
    return words;
}

int main(void)
{
    const char *text = "It's 9 o'clock -- time to go!";
    printf("%d words\n", count_words(text));
    return 0;
}
