#include <stdio.h>

static unsigned long long fib(int n)
{
    unsigned long long a = 0, b = 1;
    for (int i = 0; i < n; i++) {
        unsigned long long next = a + b;
        a = b;
        b = next;
    }
    return a;
}

int main(void)
{
    for (int n = 10; n <= 50; n += 20) {
        printf("fib(%d) = %llu\n", n, fib(n));
    }
    return 0;
}
