package main

import (
	"fmt"

	"example.com/thermo/internal/measure"
)

func main() {
	for _, f := range []float64{32, 72.5, 100} {
		fmt.Printf("%.1fF = %.1fC\n", f, measure.ToCelsius(f))
	}
}
