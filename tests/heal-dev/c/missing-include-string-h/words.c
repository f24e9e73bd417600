#include <stdio.h>
#include <stdlib.h>

static int cmp_words(const void *a, const void *b) {
    const char *const *x = a;
    const char *const *y = b;
    return strcmp(*x, *y);
}

int main(void) {
    const char *words[] = {"pear", "apple", "fig", "banana", "cherry"};
    size_t n = sizeof words / sizeof words[0];
    qsort(words, n, sizeof words[0], cmp_words);
    size_t longest = 0;
    for (size_t i = 0; i < n; i++) {
        printf("%s\n", words[i]);
        if (strlen(words[i]) > longest) longest = strlen(words[i]);
    }
    return longest == 6 && words[0][0] == 'a' ? 0 : 1;
}
