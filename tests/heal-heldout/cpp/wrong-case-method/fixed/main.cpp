#include <iostream>
#include <map>
#include <string>

class Inventory {
public:
    void add(const std::string& item, int qty, double unitPrice)
    {
        qty_[item] += qty;
        price_[item] = unitPrice;
    }

    double totalValue() const
    {
        double sum = 0;
        for (const auto& [item, q] : qty_) {
            sum += q * price_.at(item);
        }
        return sum;
    }

private:
    std::map<std::string, int> qty_;
    std::map<std::string, double> price_;
};

int main()
{
    Inventory inv;
    inv.add("screw", 200, 0.05);
    inv.add("hinge", 12, 2.40);
    std::cout << "stock value " << inv.totalValue() << "\n";
    return 0;
}
