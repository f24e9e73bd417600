package main

import (
	"fmt"

	"example.com/imgtool/mathx"
)

// brighten adds delta to each 8-bit channel value.
func brighten(pixels []int, delta int) []int {
	out := make([]int, len(pixels))
	for i, p := range pixels {
		out[i] = mathx.Clamp(p+delta, 0, 255)
	}
	return out
}

func main() {
	fmt.Println(brighten([]int{0, 100, 200, 250}, 30))
}
