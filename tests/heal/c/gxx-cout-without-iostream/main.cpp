#include <string>

int main() {
    std::string name = "world";
    std::cout << "hello " << name << std::endl;
    return 0;
}
