#include <iostream>
#include <string>
#include <vector>

struct Task {
    std::string title;
    int priority;
};

static std::vector<Task> urgent(const std::vector<Task>& tasks, int threshold) {
    std::vector<Task> out;
    for (const auto& t : tasks) {
        if (t.priority >= threshold) out.push_back(t);
    }
    return out;
}

int main() {
    std::vector<Task> tasks{{"fix login", 9}, {"update docs", 2}, {"rotate keys", 7}};
    for (const auto& t : urgent(tasks, 5)) std::cout << t.title << "\n";
    return 0;
}
