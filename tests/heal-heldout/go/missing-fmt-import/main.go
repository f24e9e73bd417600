package main

import "math"

func stddev(xs []float64) float64 {
	mean := 0.0
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	sum := 0.0
	for _, x := range xs {
		sum += (x - mean) * (x - mean)
	}
	return math.Sqrt(sum / float64(len(xs)))
}

func main() {
	temps := []float64{21.5, 22.0, 19.8, 23.1, 20.6}
	fmt.Printf("stddev %.3f\n", stddev(temps))
}
