package tags

import (
	"sort"
	"strings"
)

// Normalize lower-cases, trims and de-duplicates tags.
func Normalize(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range in {
		t = strings.ToLower(strings.TrimSpace(t))
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// Join renders tags as "#a #b".
func Join(tags []string) string {
	return "#" + strings.Join(tags, " #")
}
