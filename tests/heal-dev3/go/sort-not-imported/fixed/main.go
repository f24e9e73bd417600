package main

import (
	"fmt"
	"sort"
)

type Score struct {
	Player string
	Points int
}

func best(scores []Score, n int) []Score {
	out := append([]Score(nil), scores...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Points != out[j].Points {
			return out[i].Points > out[j].Points
		}
		return out[i].Player < out[j].Player
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func main() {
	scores := []Score{{"ana", 120}, {"bo", 340}, {"cy", 120}, {"dee", 90}}
	for i, s := range best(scores, 3) {
		fmt.Printf("%d. %s %d\n", i+1, s.Player, s.Points)
	}
}
