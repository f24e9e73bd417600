package geohash

const base32 = "0123456789bcdefghjkmnpqrstuvwxyz"

// Encode returns a geohash of the given precision.
func Encode(lat, lon float64, precision int) string {
	latR := [2]float64{-90, 90}
	lonR := [2]float64{-180, 180}
	out := make([]byte, 0, precision)
	bit, ch, even := 0, 0, true
	for len(out) < precision {
		r, v := &latR, lat
		if even {
			r, v = &lonR, lon
		}
		mid := (r[0] + r[1]) / 2
		if v >= mid {
			ch |= 1 << (4 - bit)
			r[0] = mid
		} else {
			r[1] = mid
		}
		even = !even
		if bit < 4 {
			bit++
		} else {
			out = append(out, base32[ch])
			bit, ch = 0, 0
		}
	}
	return string(out)
}
