package sensor

func Peak(readings []float64) (float64, int) {
	peak, at := 0.0, -1
	last := 0.0
	for i, r := range readings {
		if at < 0 || r > peak {
			peak, at = r, i
		}
		last = r
	}
	return peak, at
}
