package rank

import "sort"

// ByScore orders contestants from best to worst.
func ByScore(names []string, score map[string]int) {
	sort.Slices(names, func(i, j int) bool { return score[names[i]] > score[names[j]] })
}
