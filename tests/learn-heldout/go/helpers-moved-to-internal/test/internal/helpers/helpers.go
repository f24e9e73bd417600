// Package helpers now lives under internal/.
package helpers

import "fmt"

// FormatMoney renders cents as 1,234.56.
func FormatMoney(cents int64) string {
	neg := cents < 0
	if neg {
		cents = -cents
	}
	whole := fmt.Sprint(cents / 100)
	out := ""
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			out += ","
		}
		out += string(c)
	}
	s := fmt.Sprintf("%s.%02d", out, cents%100)
	if neg {
		s = "-" + s
	}
	return s
}
