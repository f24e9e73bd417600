#include <cctype>
#include <iostream>
#include <string>
#include <vector>

void title_case(std::string& s) {
    bool start = true;
    for (char& c : s) {
        c = start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
                  : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        start = (c == ' ' || c == '-');
    }
}

int main() {
    std::vector<std::string> names = {"ada LOVELACE", "jean-paul sartre", "GRACE hopper"};
    for (auto& n : names) {
        title_case(n);
        std::cout << n << "\n";
    }
    return names[1] == "Jean-Paul Sartre" ? 0 : 1;
}
