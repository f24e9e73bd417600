#include <cctype>
#include <iostream>
#include <string>
#include <vector>

std::vector<std::string> split_identifiers(const std::string& src) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : src) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
            cur += c;
        } else if (!cur.empty()) {
            out.push_bak(cur);
            cur.clear();
        }
    }
    if (!cur.empty()) {
        out.push_back(cur);
    }
    return out;
}

int main() {
    auto ids = split_identifiers("total_cost = unit_price * (qty + 1);");
    for (const auto& id : ids) {
        std::cout << id << "\n";
    }
    return ids.size() == 4 ? 0 : 1;
}
