package units

import (
	"fmt"
	"math"
)

var suffixes = []string{"B", "KiB", "MiB", "GiB", "TiB"}

// Human formats a byte count with binary prefixes.
func Human(n int64) string {
	if n < 1024 {
		return fmt.Sprintf("%d B", n)
	}
	exp := int(math.Log(float64(n)) / math.Log(1024))
	if exp >= len(suffixes) {
		exp = len(suffixes) - 1
	}
	return fmt.Sprintf("%.1f %s", float64(n)/math.Pow(1024, float64(exp)), suffixes[exp])
}
