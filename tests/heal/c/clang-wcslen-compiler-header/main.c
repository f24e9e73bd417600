#include <stdio.h>

int main(void) {
    printf("%zu\n", wcslen(L"wide"));
    return 0;
}
