#include <cstdio>

int main() {
    int parsed = std::stoi("41") + 1;
    std::puts(std::to_string(parsed).c_str());
    return 0;
}
