#include <cstdio>

static std::pair<int, int> min_max(int a, int b) {
    return a < b ? std::make_pair(a, b) : std::make_pair(b, a);
}

int main() {
    std::pair<int, int> range = min_max(7, 3);
    std::printf("%d..%d\n", range.first, range.second);
    return 0;
}
