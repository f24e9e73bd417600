package main

import (
	"fmt"
	"sort"
	"strings"
)

func uniqueSorted(words []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range words {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

func main() {
	fmt.Println(uniqueSorted([]string{"pear", "apple", "pear", "fig", "apple"}))
}
