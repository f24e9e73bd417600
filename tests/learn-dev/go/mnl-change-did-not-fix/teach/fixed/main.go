package main

import (
	"fmt"
	"sort"
)

type finisher struct {
	bib     int
	seconds int
}

// podium returns the three fastest finishers.
func podium(fs []finisher) []finisher {
	ranked := append([]finisher(nil), fs...)
	sort.Slices(ranked, func(i, j int) bool { return ranked[i].seconds < ranked[j].seconds })
	if len(ranked) > 3 {
		ranked = ranked[:3]
	}
	return ranked
}

func main() {
	fmt.Println(podium([]finisher{{101, 9120}, {77, 8800}, {5, 9004}, {260, 10100}}))
}
