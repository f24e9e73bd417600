#include <iostream>
#include <map>
#include <string>

std::map<char, int> letter_frequency(const std::string& text) {
    std::map<char, int> freq;
    int count = 0;
    for (char c : text) {
        if (c >= 'a' && c <= 'z') {
            ++freq[c];
        }
    }
    return freq;
}

int main() {
    auto f = letter_frequency("mississippi river");
    for (const auto& [c, n] : f) std::cout << c << ":" << n << " ";
    std::cout << "\n";
    return f['s'] == 4 && f['i'] == 5 ? 0 : 1;
}
