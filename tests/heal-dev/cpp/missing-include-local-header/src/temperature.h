#pragma once

#include <string>

class Temperature {
public:
    static Temperature celsius(double c) { return Temperature(c); }
    static Temperature fahrenheit(double f) { return Temperature((f - 32.0) * 5.0 / 9.0); }

    double as_celsius() const { return c_; }
    double as_fahrenheit() const { return c_ * 9.0 / 5.0 + 32.0; }
    std::string describe() const;

private:
    explicit Temperature(double c) : c_(c) {}
    double c_;
};
