#include <cstdio>
#include <iostream>
#include <string>

struct Rgb {
    int r, g, b;
};

// Linear blend of two colours, t in [0, 1].
static Rgb mix(const Rgb& a, const Rgb& b, double t)
{
    auto lerp = [t](int x, int y) { return static_cast<int>(x + (y - x) * t + 0.5); };
    return Rgb{lerp(a.r, b.r), lerp(a.g, b.g), lerp(a.b, b.b)};
}

static std::string hex(const Rgb& c)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
    return buf;
}

int main()
{
    const Rgb red{255, 0, 0}, blue{0, 0, 255};
    std::cout << hex(mix(red, blue)) << "\n";
    return 0;
}
