#include <cstdio>

int main() {
    std::vector<int> squares;
    for (int i = 0; i < 5; ++i) {
        squares.push_back(i * i);
    }
    std::printf("%zu\n", squares.size());
    return 0;
}
