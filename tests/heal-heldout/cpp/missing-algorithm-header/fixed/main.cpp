#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

struct Player {
    std::string name;
    int score;
};

int main()
{
    std::vector<Player> board{{"ana", 120}, {"ben", 340}, {"cy", 95}, {"dee", 340}};
    std::stable_sort(board.begin(), board.end(),
                     [](const Player& a, const Player& b) { return a.score > b.score; });
    for (std::size_t i = 0; i < board.size(); ++i) {
        std::cout << i + 1 << ". " << board[i].name << " " << board[i].score << "\n";
    }
    return 0;
}
