#pragma once

#include <string>

class Room {
public:
    Room(std::string name, double w, double l) : name_(std::move(name)), w_(w), l_(l) {}
    const std::string& name() const { return name_; }
    double area();

private:
    std::string name_;
    double w_;
    double l_;
};
