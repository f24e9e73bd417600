#pragma once

#include <array>
#include <ostream>

struct Matrix2 {
    std::array<double, 4> m;  // row-major

    Matrix2 operator*(const Matrix2& o) const;
};

std::ostream& operator<<(std::ostream& os, const Matrix2& a);
