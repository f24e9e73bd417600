#include <iostream>
#include <string>
#include <vector>

static int count_long_lines(const std::vector<std::string>& lines, int limit)
{
    int n = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (static_cast<int>(lines[i].size()) > limit) {
            ++n;
        }
    }
    return n;
}

int main()
{
    std::vector<std::string> lines{"short", "a line that is clearly longer than twenty", "ok"};
    std::cout << count_long_lines(lines, 20) << " long line(s)\n";
    return 0;
}
