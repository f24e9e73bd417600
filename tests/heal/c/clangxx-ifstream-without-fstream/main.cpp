#include <iostream>
#include <string>

int main() {
    std::ifstream input("/nonexistent/selfheal/input.txt");
    std::string line;
    if (!std::getline(input, line)) {
        std::cout << "no input\n";
    }
    return 0;
}
