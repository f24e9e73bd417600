#include <iostream>
#include <string>
#include <vector>

static std::string trim(const std::string& s) {
    const char* ws = " \t\r\n";
    auto first = s.find_first_not_of(ws);
    if (first == std::string::npos) return "";
    auto last = s.find_last_not_of(ws);
    return s.substr(first, last - first);
}

static std::vector<std::string> split_fields(const std::string& line, char sep) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : line) {
        if (c == sep) {
            out.push_back(trim(cur));
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.push_back(trim(cur));
    return out;
}

int main() {
    auto f = split_fields("  alice ;  admin;\tactive  ", ';');
    for (const auto& x : f) std::cout << '[' << x << "]\n";
    bool ok = f.size() == 3 && f[0] == "alice" && f[1] == "admin" && f[2] == "active" && trim("   ").empty();
    return ok ? 0 : 1;
}
