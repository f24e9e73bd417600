#include <cstdio>
#include <vector>

int main() {
    std::vector<int> values{1, 2, 3, 4};
    int total = std::accumulate(values.begin(), values.end(), 0);
    std::printf("%d\n", total);
    return 0;
}
