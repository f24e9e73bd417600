#pragma once

#include <string>

class Countdown {
public:
    explicit Countdown(int seconds) : left_(seconds) {}

    bool tick()
    {
        if (left_ > 0) {
            --left_;
        }
        return left_ > 0;
    }

    std::string label() const { return std::to_string(left_) + "s"; }

private:
    int left_;
}
