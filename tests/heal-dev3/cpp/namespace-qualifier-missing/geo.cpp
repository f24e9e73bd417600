#include "geo.h"

#include <cmath>

namespace geo {

double distance_km(const Point& a, const Point& b) {
    constexpr double kRadius = 6371.0;
    constexpr double kDeg = 3.14159265358979323846 / 180.0;
    double dlat = (b.lat - a.lat) * kDeg;
    double dlon = (b.lon - a.lon) * kDeg;
    double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
               std::cos(a.lat * kDeg) * std::cos(b.lat * kDeg) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * kRadius * std::asin(std::sqrt(h));
}

double km_to_miles(double km) { return km / 1.609344; }

}  // namespace geo
