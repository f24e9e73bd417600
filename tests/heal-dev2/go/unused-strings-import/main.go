package main

import (
	"fmt"
	"sort"
	"strings"
)

type score struct {
	player string
	points int
}

func leaderboard(scores []score) []string {
	sort.Slice(scores, func(i, j int) bool { return scores[i].points > scores[j].points })
	out := make([]string, 0, len(scores))
	for i, s := range scores {
		out = append(out, fmt.Sprintf("%d. %s (%d)", i+1, s.player, s.points))
	}
	return out
}

func main() {
	for _, line := range leaderboard([]score{{"kim", 40}, {"lee", 72}, {"park", 55}}) {
		fmt.Println(line)
	}
}
