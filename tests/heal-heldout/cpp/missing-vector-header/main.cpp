#include <iostream>
#include <string>

struct Reading {
    std::string sensor;
    double value;
};

static double max_value(const std::vector<Reading>& readings)
{
    double best = readings.empty() ? 0.0 : readings.front().value;
    for (const auto& r : readings) {
        if (r.value > best) {
            best = r.value;
        }
    }
    return best;
}

int main()
{
    std::vector<Reading> readings{{"t1", 21.5}, {"t2", 23.25}, {"t3", 19.0}};
    std::cout << "max " << max_value(readings) << "\n";
    return 0;
}
