#include <iomanip>
#include <iostream>
#include <string>
#include <vector>

struct Row {
    std::string item;
    int quantity;
    double price;
};

static double total(const std::vector<Row>& rows) {
    double sum = 0;
    for (const auto& r : rows) sum += r.quantity * r.price;
    return sum;
}

static void print_table(const std::vector<Row>& rows) {
    for (const auto& r : rows) {
        std::cout << std::left << std::setw(12) << r.item << std::right << std::setw(4) << r.quantity
                  << std::setw(10) << r.price << '\n';
    }
}

int main() {
    std::vector<Row> rows{{"flour", 2, 1.25}, {"olive oil", 1, 8.9}, {"tomatoes", 6, 0.45}};
    print_table(rows);
    std::cout << "total: " << total(rows) << '\n';
    return total(rows) > 13.0 ? 0 : 1;
}
