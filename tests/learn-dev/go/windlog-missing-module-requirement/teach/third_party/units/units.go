package units

// Knots converts metres per second to knots.
func Knots(mps float64) float64 { return mps * 1.943844 }

// Beaufort returns the Beaufort force for a wind speed in m/s.
func Beaufort(mps float64) int {
	limits := []float64{0.5, 1.6, 3.4, 5.5, 8.0, 10.8, 13.9, 17.2, 20.8, 24.5, 28.5, 32.7}
	for i, l := range limits {
		if mps < l {
			return i
		}
	}
	return 12
}
