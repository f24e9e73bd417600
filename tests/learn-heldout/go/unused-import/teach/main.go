package main

import (
	"fmt"
	"os"
	"sort"
)

func topN(scores map[string]int, n int) []string {
	names := make([]string, 0, len(scores))
	for name := range scores {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool {
		if scores[names[i]] != scores[names[j]] {
			return scores[names[i]] > scores[names[j]]
		}
		return names[i] < names[j]
	})
	if len(names) > n {
		names = names[:n]
	}
	return names
}

func main() {
	fmt.Println(topN(map[string]int{"ada": 9, "bob": 7, "cy": 9, "dee": 1}, 3))
}
