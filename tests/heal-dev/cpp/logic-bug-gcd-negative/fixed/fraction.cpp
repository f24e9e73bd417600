#include <iostream>

long gcd(long a, long b) {
    while (b != 0) {
        long t = a % b;
        a = b;
        b = t;
    }
    return a < 0 ? -a : a;
}

struct Fraction {
    long num;
    long den;
};

Fraction reduce(Fraction f) {
    long g = gcd(f.num, f.den);
    Fraction r{f.num / g, f.den / g};
    if (r.den < 0) {
        r.num = -r.num;
        r.den = -r.den;
    }
    return r;
}

int main() {
    Fraction a = reduce({6, -8});
    Fraction b = reduce({-10, -4});
    std::cout << a.num << "/" << a.den << " " << b.num << "/" << b.den << "\n";
    bool ok = a.num == -3 && a.den == 4 && b.num == 5 && b.den == 2 && gcd(12, -18) == 6;
    return ok ? 0 : 1;
}
