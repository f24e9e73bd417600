#include <iostream>
#include <map>
#include <string>

int main() {
    const char* log[] = {"GET /", "POST /login", "GET /", "GET /about", "GET /"};
    std::map<std::string, int> hits;
    for (const char* line : log) {
        hits[line] += 1;
    }
    for (const auto& [route, n] : hits) std::cout << n << "  " << route << "\n";
    return 0;
}
