#include <stdio.h>
#include <string.h>

/* Trim leading/trailing whitespace in place and upper-case the result. */
static char *normalise(char *s) {
    char *start = s;
    while (*start && isspace((unsigned char)*start)) start++;
    char *end = start + strlen(start);
    while (end > start && isspace((unsigned char)end[-1])) end--;
    *end = '\0';
    for (char *p = start; *p; p++) *p = (char)toupper((unsigned char)*p);
    return start;
}

int main(void) {
    char a[] = "  eu-west-1 \n";
    char b[] = "\tUs-East-2";
    printf("[%s] [%s]\n", normalise(a), normalise(b));
    return 0;
}
