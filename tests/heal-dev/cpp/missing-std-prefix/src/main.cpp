#include <iostream>

#include "roster.h"

int main() {
    std::vector<Member> club = {{"Ida", 1998}, {"Olu", 2015}, {"Pat", 2003}};
    auto old = seniors(club, 2005);
    for (const auto& m : old) {
        std::cout << m.name << " (" << m.year << ")\n";
    }
    return old.size() == 2 ? 0 : 1;
}
