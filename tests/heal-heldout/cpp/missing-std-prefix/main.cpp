#include <iostream>
#include <sstream>
#include <string>

// Joins the words of a sentence with a separator, dropping extra spaces.
static std::string join_words(const std::string& sentence, const std::string& sep)
{
    std::istringstream in(sentence);
    string word;
    std::string out;
    while (in >> word) {
        if (!out.empty()) {
            out += sep;
        }
        out += word;
    }
    return out;
}

int main()
{
    std::cout << join_words("  the   quick brown  fox ", "_") << "\n";
    return 0;
}
