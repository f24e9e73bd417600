#include <stdio.h>
#include <string.h>

static const char *WORDS[] = {"alpha", "beta", "gamma", "delta", "epsilon"};

int main(void) {
    size_t longest = 0;
    const char *which = "";
    for (size_t i = 0; i < sizeof WORDS / sizeof WORDS[0]; i++) {
        size_t n = strlen(WORDS[i]);
        if (n > longest) {
            longest = n;
            which = WORDS[i];
        }
    }
    printf("longest word: %s (%d chars)\n", which, longest);
    return 0;
}
