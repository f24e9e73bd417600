package filter

import "strings"

// Match reports whether any of the needles occurs in the haystack,
// ignoring case.
func Match(haystack string, needles []string) bool {
	h := strings.ToLower(haystack)
	for _, n := range needles {
		if strings.Contains(h, strings.ToLower(n)) {
			return true
		}
	}
	return false
}
