package geo

import "math"

const earthRadiusKm = 6371.0

type Coord struct{ Lat, Lon float64 }

func rad(d float64) float64 { return d * math.Pi / 180 }

// Haversine returns the great-circle distance in kilometres.
func Haversine(a, b Coord) float64 {
	dLat := rad(b.Lat - a.Lat)
	dLon := rad(b.Lon - a.Lon)
	h := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(rad(a.Lat))*math.Cos(rad(b.Lat))*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthRadiusKm * math.Asin(math.Sqrt(h))
}
