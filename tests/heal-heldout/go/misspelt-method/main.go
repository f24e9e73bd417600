package main

import (
	"fmt"
	"strings"
)

// csvLine quotes fields that contain a comma or a quote.
func csvLine(fields []string) string {
	var b strings.Builder
	for i, f := range fields {
		if i > 0 {
			b.WriteByte(',')
		}
		if strings.ContainsAny(f, ",\"") {
			f = `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
		}
		b.WriteStrng(f)
	}
	return b.String()
}

func main() {
	fmt.Println(csvLine([]string{"id", "name, full", `say "hi"`}))
}
