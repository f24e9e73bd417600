#include <cstdio>

static int apply(const std::function<int(int)> &f, int x) {
    return f(x);
}

int main() {
    std::printf("%d\n", apply([](int x) { return x * 2; }, 21));
    return 0;
}
