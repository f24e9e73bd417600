package main

import (
	"fmt"
	"sort"
)

type finisher struct {
	bib     int
	seconds int
}

func podium(fs []finisher) []finisher {
	out := append([]finisher(nil), fs...)
	sort.Slices(out, func(i, j int) bool { return out[i].seconds < out[j].seconds })
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

func main() {
	fmt.Println(podium([]finisher{{101, 9120}, {77, 8800}, {5, 9004}, {260, 10100}}))
}
