#pragma once

#include <string>

class Shape {
public:
    virtual ~Shape() = default;
    virtual double area() const = 0;
    virtual double perimeter() const = 0;
    virtual std::string name() const = 0;
};

class Circle : public Shape {
public:
    explicit Circle(double r) : m_r(r) {}
    double area() const override { return 3.14159265358979 * m_r * m_r; }
    double perimeter() const override { return 2 * 3.14159265358979 * m_r; }
    std::string name() const override { return "circle"; }

private:
    double m_r;
};

class Rectangle : public Shape {
public:
    Rectangle(double w, double h) : m_w(w), m_h(h) {}
    double area() const override { return m_w * m_h; }
    std::string name() const override { return "rectangle"; }

private:
    double m_w;
    double m_h;
};
