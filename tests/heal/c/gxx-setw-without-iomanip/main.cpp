#include <iostream>

int main() {
    for (int i = 1; i <= 100; i *= 10) {
        std::cout << std::setw(5) << i << '\n';
    }
    return 0;
}
