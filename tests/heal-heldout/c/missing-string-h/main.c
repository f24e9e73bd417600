#include <stdio.h>

/* Reverses s in place and returns it. */
static char *reverse(char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n / 2; i++) {
        char tmp = s[i];
        s[i] = s[n - 1 - i];
        s[n - 1 - i] = tmp;
    }
    return s;
}

int main(void)
{
    char word[] = "stressed";
    printf("%s\n", reverse(word));
    return 0;
}
