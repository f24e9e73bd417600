#include <cstdio>
#include <vector>

int main() {
    std::vector<int> values{5, 2, 9, 1};
    std::sort(values.begin(), values.end());
    std::printf("%d %d\n", values.front(), values.back());
    return 0;
}
