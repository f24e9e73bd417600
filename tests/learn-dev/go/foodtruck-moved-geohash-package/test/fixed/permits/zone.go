package permits

import (
	"strings"

	gh "example.org/truckpermits/internal/geohash"
)

// Allowed reports whether a pitch lies inside one of the permitted zones.
func Allowed(zones []string, lat, lon float64) bool {
	h := gh.Encode(lat, lon, 6)
	for _, z := range zones {
		if strings.HasPrefix(h, z) {
			return true
		}
	}
	return false
}
