#include <iostream>
#include <sstream>

#include "counter.hpp"

int main()
{
    WordCounter wc;
    std::istringstream in("to be or not to be that is the question");
    std::string w;
    while (in >> w) {
        wc.add(w);
    }
    for (const auto& [word, n] : wc.counts()) {
        if (n > 1) {
            std::cout << word << " " << n << "\n";
        }
    }
    return 0;
}
