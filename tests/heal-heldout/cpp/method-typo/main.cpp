#include <iostream>
#include <string>
#include <vector>

static std::vector<std::string> split(const std::string& s, char delim)
{
    std::vector<std::string> parts;
    std::string current;
    for (char c : s) {
        if (c == delim) {
            parts.push_bak(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.push_back(current);
    return parts;
}

int main()
{
    for (const auto& p : split("usr/local/bin", '/')) {
        std::cout << "[" << p << "]";
    }
    std::cout << "\n";
    return 0;
}
