#include <iostream>
#include <string>
#include <unordered_set>
#include <vector>

std::vector<std::string> duplicates(const std::vector<std::string>& xs) {
    std::unordered_set<std::string> seen, reported;
    std::vector<std::string> out;
    for (const auto& x : xs) {
        if (!seen.insert(x).second && reported.insert(x).second) {
            out.push_back(x);
        }
    }
    return out;
}

int main() {
    auto d = duplicates({"a.txt", "b.txt", "a.txt", "c.txt", "b.txt", "a.txt"});
    for (const auto& s : d) std::cout << s << "\n";
    return d.size() == 2 && d[0] == "a.txt" ? 0 : 1;
}
