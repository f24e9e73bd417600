#pragma once

#include <map>
#include <string>

class WordCounter {
public:
    void add(const std::string& w) { ++counts_[w]; }

    int count(const std::string& w) const
    {
        auto it = counts_.find(w);
        return it == counts_.end() ? 0 : it->second;
    }

private:
    std::map<std::string, int> counts_;
};
