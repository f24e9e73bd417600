package lint

import "strings"

// TrailingPunct lists headings that end with a full stop or colon.
func TrailingPunct(doc string) []string {
	var bad []string
	lines := strings.Split(doc, "\n")
	for i, line := range lines {
		if !strings.HasPrefix(line, "#") {
			continue
		}
		t := strings.TrimSpace(strings.TrimLeft(line, "#"))
		if strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") {
			bad = append(bad, t)
		}
	}
	return bad
}
