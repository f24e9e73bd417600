#include <iostream>
#include <sstream>
#include <string>
#include <vector>

static std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> parts;
    std::stringstream ss(s);
    std::string item;
    while (std::getline(ss, item, sep)) {
        if (!item.empty()) parts.push_bak(item);
    }
    return parts;
}

int main() {
    for (const auto& p : split("/usr//local/bin/", '/')) std::cout << p << "\n";
    return 0;
}
