#include <stdbol.h>
#include <stdio.h>

static bool is_prime(unsigned n) {
    if (n < 2) return false;
    for (unsigned d = 2; d * d <= n; d++) {
        if (n % d == 0) return false;
    }
    return true;
}

int main(void) {
    unsigned count = 0, last = 0;
    for (unsigned n = 0; n < 1000; n++) {
        if (is_prime(n)) {
            count++;
            last = n;
        }
    }
    printf("%u primes below 1000, largest %u\n", count, last);
    return count == 168 && last == 997 ? 0 : 1;
}
