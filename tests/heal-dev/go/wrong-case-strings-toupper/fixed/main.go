package main

import (
	"fmt"
	"strings"
	"unicode"
)

func acronym(phrase string) string {
	var b strings.Builder
	words := strings.FieldsFunc(phrase, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '_'
	})
	for _, w := range words {
		b.WriteString(strings.ToUpper(w[:1]))
	}
	return b.String()
}

func main() {
	for _, p := range []string{"portable network graphics", "as soon as possible", "complementary metal-oxide semiconductor"} {
		fmt.Printf("%-45s %s\n", p, acronym(p))
	}
	if acronym("complementary metal-oxide semiconductor") != "CMOS" {
		panic("bad acronym")
	}
}
