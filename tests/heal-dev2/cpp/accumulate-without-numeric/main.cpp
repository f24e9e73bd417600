#include <iostream>
#include <vector>

static double mean_latency(const std::vector<double>& ms) {
    if (ms.empty()) return 0.0;
    return std::accumulate(ms.begin(), ms.end(), 0.0) / static_cast<double>(ms.size());
}

int main() {
    std::vector<double> samples{12.5, 8.0, 30.25, 9.25};
    std::cout << "mean: " << mean_latency(samples) << " ms\n";
    return 0;
}
