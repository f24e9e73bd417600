package main

import (
	"fmt"

	"example.com/probes/sensor"
)

func main() {
	p, at := sensor.Peak([]float64{0.4, 2.5, 1.25})
	fmt.Printf("peak %.2f at %d\n", p, at)
}
