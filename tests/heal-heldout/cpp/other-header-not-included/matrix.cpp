#include "matrix.hpp"

Matrix2 Matrix2::operator*(const Matrix2& o) const
{
    return Matrix2{{m[0] * o.m[0] + m[1] * o.m[2], m[0] * o.m[1] + m[1] * o.m[3],
                    m[2] * o.m[0] + m[3] * o.m[2], m[2] * o.m[1] + m[3] * o.m[3]}};
}

std::ostream& operator<<(std::ostream& os, const Matrix2& a)
{
    return os << "[" << a.m[0] << " " << a.m[1] << "; " << a.m[2] << " " << a.m[3] << "]";
}
