#include <iostream>
#include <string>

class Temperature {
public:
    explicit Temperature(double celsius) : c_(celsius) {}
    double fahrenheit() const { return c_ * 9.0 / 5.0 + 32.0; }
    std::string label() const { return c_ < 0 ? "freezing" : c_ < 25 ? "mild" : "hot"; }

private:
    double c_;
}

int main() {
    for (double c : {-5.0, 18.0, 31.5}) {
        Temperature t(c);
        std::cout << c << "C = " << t.fahrenheit() << "F (" << t.label() << ")\n";
    }
    return 0;
}
