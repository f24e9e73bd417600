package sail

import "example.org/units"

// Postpone reports whether the committee should postpone the start.
func Postpone(windMps float64) bool {
	return units.Beaufort(windMps) >= 7
}
