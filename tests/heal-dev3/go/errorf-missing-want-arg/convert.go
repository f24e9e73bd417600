package units

import "math"

var factors = map[string]float64{
	"mm": 0.001,
	"cm": 0.01,
	"m":  1,
	"km": 1000,
}

func Convert(value float64, from, to string) (float64, bool) {
	f, ok1 := factors[from]
	t, ok2 := factors[to]
	if !ok1 || !ok2 {
		return 0, false
	}
	return math.Round(value*f/t*1e6) / 1e6, true
}
