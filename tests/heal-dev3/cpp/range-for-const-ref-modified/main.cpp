#include <iostream>
#include <string>
#include <vector>

struct Employee {
    std::string name;
    double salary;
    int rating;
};

static void apply_raises(std::vector<Employee>& staff) {
    for (const auto& e : staff) {
        if (e.rating >= 4) {
            e.salary *= 1.05;
        }
    }
}

static double payroll(const std::vector<Employee>& staff) {
    double sum = 0;
    for (const auto& e : staff) sum += e.salary;
    return sum;
}

int main() {
    std::vector<Employee> staff{{"Ada", 60000, 5}, {"Bram", 52000, 3}, {"Cleo", 48000, 4}};
    apply_raises(staff);
    std::cout << "payroll: " << payroll(staff) << '\n';
    return payroll(staff) == 165400 ? 0 : 1;
}
