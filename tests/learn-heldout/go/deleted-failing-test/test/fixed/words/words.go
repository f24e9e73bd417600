package words

import "strings"

// Title upper-cases the first letter of every word, keeping small words
// ("a", "of", "the") lower-case unless they start the title.
func Title(s string) string {
	small := map[string]bool{"a": true, "an": true, "of": true, "the": true, "and": true}
	fields := strings.Fields(strings.ToLower(s))
	for i, w := range fields {
		if i > 0 && small[w] {
			continue
		}
		fields[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(fields, " ")
}
