#include <iostream>
#include <map>
#include <string>
#include <vector>

// Returns the key with the largest value, or the default key when empty.
template <typename Map>
typename Map::key_type argmax(const Map& m)
{
    typename Map::const_iterator best = m.begin();
    for (auto it = m.begin(); it != m.end(); ++it) {
        if (it->second > best->second) {
            best = it;
        }
    }
    return best == m.end() ? typename Map::key_type{} : best->first;
}

int main()
{
    std::map<std::string, int> votes{{"red", 4}, {"green", 9}, {"blue", 7}};
    std::map<int, double> temps{{1, 3.5}, {2, 8.25}, {3, -1.0}};
    std::cout << argmax(votes) << " " << argmax(temps) << "\n";
    return 0;
}
