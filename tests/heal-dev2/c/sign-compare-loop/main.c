#include <stdio.h>
#include <string.h>

static int count_vowels(const char *s) {
    size_t len = strlen(s);
    int vowels = 0;
    for (int i = 0; i < len; i++) {
        if (strchr("aeiouAEIOU", s[i]) != NULL) vowels++;
    }
    return vowels;
}

int main(void) {
    printf("%d\n", count_vowels("Programming in C"));
    return 0;
}
