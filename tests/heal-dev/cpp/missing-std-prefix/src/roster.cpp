#include "roster.h"

std::vector<Member> seniors(const std::vector<Member>& all, int before) {
    std::vector<Member> out;
    for (const auto& m : all) {
        if (m.year < before) {
            out.push_back(m);
        }
    }
    return out;
}
