#include <iostream>
#include <string>
#include <vector>

class Playlist {
public:
    void add(std::string song, int seconds) {
        songs_.push_back(std::move(song));
        seconds_.push_back(seconds);
    }
    int total_seconds() const {
        int sum = 0;
        for (int s : seconds_) sum += s;
        return sum;
    }
    std::string summary() const {
        return std::to_string(songs_.size()) + " songs, " + std::to_string(total_seconds() / 60) + " min";
    }

private:
    std::vector<std::string> songs_;
    std::vector<int> seconds_;
};

int main() {
    Playlist p;
    p.add("intro", 95);
    p.add("theme", 241);
    p.add("outro", 130);
    std::cout << p.summary() << "\n";
    return 0;
}
