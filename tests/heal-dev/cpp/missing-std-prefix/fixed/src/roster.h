#pragma once

#include <string>
#include <vector>

struct Member {
    std::string name;
    int year;
};

std::vector<Member> seniors(const std::vector<Member>& all, int before);
