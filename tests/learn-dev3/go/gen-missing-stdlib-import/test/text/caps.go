package text

import (
	"strings"
)

// Acronym keeps the capital letters of a name: "Portable Network Graphics" -> "PNG".
func Acronym(name string) string {
	var b strings.Builder
	for _, r := range name {
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
