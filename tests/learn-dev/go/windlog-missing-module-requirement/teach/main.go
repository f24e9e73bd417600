package main

import (
	"fmt"

	"example.org/units"
)

func main() {
	gusts := []float64{4.2, 9.7, 15.1}
	for _, g := range gusts {
		fmt.Printf("%.1f m/s = %.1f kn, force %d\n", g, units.Knots(g), units.Beaufort(g))
	}
}
