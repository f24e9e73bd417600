#include <iostream>
#include <string>
#include <vector>

class Stopwatch {
public:
    void lap(int ms) { laps_.push_back(ms); }

    int total() const {
        int t = 0;
        for (int l : laps_) t += l;
        return t;
    }

    int best() const {
        int b = laps_.empty() ? 0 : laps_[0];
        for (int l : laps_) b = l < b ? l : b;
        return b;
    }

private:
    std::vector<int> laps_;
};

int main() {
    Stopwatch sw;
    for (int ms : {61234, 59870, 60555}) sw.lap(ms);
    std::cout << "total " << sw.total() << " best " << sw.best() << "\n";
    return sw.best() == 59870 ? 0 : 1;
}
