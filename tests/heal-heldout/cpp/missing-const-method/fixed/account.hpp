#pragma once

#include <string>
#include <vector>

class Account {
public:
    explicit Account(std::string owner) : owner_(std::move(owner)) {}

    void post(long cents) { entries_.push_back(cents); }

    long balance() const
    {
        long sum = 0;
        for (long e : entries_) {
            sum += e;
        }
        return sum;
    }

    const std::string& owner() const { return owner_; }

private:
    std::string owner_;
    std::vector<long> entries_;
};
