#include <iostream>
#include <vector>

#include "geo.h"

static double route_length(const std::vector<geo::Point>& stops) {
    double total = 0;
    for (size_t i = 1; i < stops.size(); i++) total += geo::distance_km(stops[i - 1], stops[i]);
    return total;
}

int main() {
    std::vector<geo::Point> stops{{52.52, 13.405}, {51.34, 12.37}, {50.11, 8.68}};
    double km = route_length(stops);
    double miles = geo::km_to_miles(km);
    std::cout << "route: " << km << " km (" << miles << " miles)\n";
    return (miles > 270 && miles < 280) ? 0 : 1;
}
