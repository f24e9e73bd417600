#include <iostream>
#include <string>
#include <vector>

struct Employee {
    std::string name;
    std::string team;
};

static std::optional<Employee> find_by_team(const std::vector<Employee>& staff, const std::string& team) {
    for (const auto& e : staff) {
        if (e.team == team) return e;
    }
    return std::nullopt;
}

int main() {
    std::vector<Employee> staff{{"Ana", "infra"}, {"Ben", "web"}};
    auto web = find_by_team(staff, "web");
    auto ml = find_by_team(staff, "ml");
    std::cout << (web ? web->name : "-") << " " << (ml ? ml->name : "-") << "\n";
    return 0;
}
