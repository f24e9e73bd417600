#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct Job {
    std::string name;
    int priority;
};

class Queue {
public:
    void submit(std::unique_ptr<Job> job) { jobs_.push_back(std::move(job)); }

    void run_all()
    {
        for (const auto& j : jobs_) {
            std::cout << "run " << j->name << " (p" << j->priority << ")\n";
        }
        jobs_.clear();
    }

private:
    std::vector<std::unique_ptr<Job>> jobs_;
};

int main()
{
    Queue q;
    auto backup = std::make_unique<Job>(Job{"backup", 2});
    q.submit(backup);
    q.submit(std::make_unique<Job>(Job{"report", 1}));
    q.run_all();
    return 0;
}
