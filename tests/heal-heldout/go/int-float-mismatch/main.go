package main

import "fmt"

type Sample struct {
	Name    string
	Latency float64 // milliseconds
}

func meanLatency(samples []Sample) float64 {
	total := 0.0
	for _, s := range samples {
		total += s.Latency
	}
	return total / len(samples)
}

func main() {
	samples := []Sample{{"a", 12.5}, {"b", 8.25}, {"c", 30}}
	fmt.Printf("mean latency %.2f ms\n", meanLatency(samples))
}
