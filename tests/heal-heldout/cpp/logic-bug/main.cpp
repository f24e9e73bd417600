#include <iostream>
#include <string>

// Run-length encoding: "aaabcc" -> "3a1b2c".
static std::string rle(const std::string& s)
{
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t j = i;
        while (j < s.size() && s[j] == s[i]) {
            ++j;
        }
        out += std::to_string(j - i - 1) + s[i];
        i = j;
    }
    return out;
}

int main()
{
    const std::string got = rle("aaabccddddd");
    const std::string want = "3a1b2c5d";
    std::cout << got << "\n";
    if (got != want) {
        std::cerr << "rle: want " << want << "\n";
        return 1;
    }
    return 0;
}
