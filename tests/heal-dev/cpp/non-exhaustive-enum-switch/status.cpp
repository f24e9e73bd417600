#include <iostream>
#include <string>
#include <vector>

enum class JobState { Queued, Running, Done, Failed, Cancelled };

std::string label(JobState s) {
    switch (s) {
        case JobState::Queued:
            return "queued";
        case JobState::Running:
            return "running";
        case JobState::Done:
            return "done";
        case JobState::Failed:
            return "failed";
    }
    return "?";
}

int main() {
    std::vector<JobState> jobs = {JobState::Done, JobState::Cancelled, JobState::Running};
    for (auto j : jobs) std::cout << label(j) << "\n";
    return label(JobState::Cancelled) == "cancelled" ? 0 : 1;
}
