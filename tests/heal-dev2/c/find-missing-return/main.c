#include <stdio.h>
#include <string.h>

static int find_user(const char *const *names, int n, const char *want) {
    for (int i = 0; i < n; i++) {
        if (strcmp(names[i], want) == 0) return i;
    }
}

int main(void) {
    const char *names[] = {"ana", "ben", "cho"};
    int a = find_user(names, 3, "ben");
    int b = find_user(names, 3, "dan");
    printf("%d %d\n", a, b);
    return (a == 1 && b == -1) ? 0 : 1;
}
