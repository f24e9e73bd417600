package main

import (
	"errors"
	"fmt"
	"math"
)

func stats(xs []float64) (min, max, mean float64) {
	min, max = math.Inf(1), math.Inf(-1)
	for _, x := range xs {
		min = math.Min(min, x)
		max = math.Max(max, x)
		mean += x
	}
	mean /= float64(len(xs))
	return
}

func main() {
	lo, hi, avg := stats([]float64{12.5, 14.0, 9.5, 17.25, 11.0})
	fmt.Printf("min %.2f max %.2f mean %.2f\n", lo, hi, avg)
	if avg != 12.85 {
		panic(fmt.Sprint("mean ", avg))
	}
}
