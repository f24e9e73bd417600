#include <cstdio>

struct Shape {
    int sides;
};

int main() {
    Shape square{4};
    std::printf("%d\n", square.side);
    return 0;
}
