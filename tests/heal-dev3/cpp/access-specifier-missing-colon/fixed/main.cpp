#include <iostream>
#include <map>
#include <string>

class WordIndex {
public:
    void add(const std::string& text) {
        std::string word;
        for (char c : text + " ") {
            if (c == ' ') {
                if (!word.empty()) ++m_counts[word];
                word.clear();
            } else {
                word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            }
        }
    }

    int count(const std::string& word) const {
        auto it = m_counts.find(word);
        return it == m_counts.end() ? 0 : it->second;
    }

private:
    std::map<std::string, int> m_counts;
};

int main() {
    WordIndex index;
    index.add("To be or not to be");
    index.add("That is the question");
    std::cout << "to: " << index.count("to") << ", be: " << index.count("be") << '\n';
    return index.count("to") == 2 ? 0 : 1;
}
