#pragma once

namespace geo {

struct Point {
    double lat;
    double lon;
};

double distance_km(const Point& a, const Point& b);
double km_to_miles(double km);

}  // namespace geo
