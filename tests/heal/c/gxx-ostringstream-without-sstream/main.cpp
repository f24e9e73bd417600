#include <iostream>
#include <string>

static std::string label(int id) {
    std::ostringstream out;
    out << "item-" << id;
    return out.str();
}

int main() {
    std::cout << label(7) << '\n';
    return 0;
}
