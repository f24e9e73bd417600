package summary

import (
	"fmt"
	"sort"
)

// Stats keeps a sorted copy of the values it was built from.
type Stats struct {
	sorted []int
}

func New(xs []int) Stats {
	s := append([]int(nil), xs...)
	sort.Ints(s)
	return Stats{sorted: s}
}

func (s Stats) Len() int { return len(s.sorted) }

func (s Stats) Median() float64 {
	n := len(s.sorted)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return float64(s.sorted[n/2])
	}
	return float64(s.sorted[n/2-1]+s.sorted[n/2]) / 2
}

func (s Stats) String() string {
	if s.Len() == 0 {
		return "no values"
	}
	return fmt.Sprintf("n=%d min=%d median=%.1f max=%d", s.Len(), s.sorted[0], s.Median(), s.sorted[s.Len()-1])
}
