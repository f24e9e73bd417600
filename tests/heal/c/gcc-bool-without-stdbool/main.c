#include <stdio.h>

static bool is_even(int n) {
    return n % 2 == 0;
}

int main(void) {
    bool found = false;
    for (int i = 1; i < 5; i++) {
        if (is_even(i)) {
            found = true;
        }
    }
    printf("%s\n", found ? "yes" : "no");
    return 0;
}
