#include <iostream>
#include <string>
#include <vector>

struct Score {
    std::string player;
    int points;
};

int main() {
    std::vector<Score> scores = {{"ana", 120}, {"ben", 95}, {"cy", 120}, {"dee", 210}, {"eve", 95}};
    std::sort(scores.begin(), scores.end(), [](const Score& a, const Score& b) {
        return a.points != b.points ? a.points > b.points : a.player < b.player;
    });
    std::vector<int> distinct;
    for (const auto& s : scores) {
        distinct.push_back(s.points);
    }
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    for (const auto& s : scores) {
        std::cout << s.player << " " << s.points << "\n";
    }
    return scores.front().player == "dee" && distinct.size() == 3 ? 0 : 1;
}
