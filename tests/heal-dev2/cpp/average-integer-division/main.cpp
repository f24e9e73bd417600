#include <cassert>
#include <iostream>
#include <vector>

static double average_rating(const std::vector<int>& stars) {
    if (stars.empty()) return 0.0;
    int sum = 0;
    for (int s : stars) sum += s;
    return sum / static_cast<int>(stars.size());
}

int main() {
    double avg = average_rating({5, 4, 4, 3});
    std::cout << "average: " << avg << "\n";
    assert(avg == 4.0);
    double avg2 = average_rating({5, 4});
    std::cout << "average: " << avg2 << "\n";
    assert(avg2 == 4.5);
    return 0;
}
