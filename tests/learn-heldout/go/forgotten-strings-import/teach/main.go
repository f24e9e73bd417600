package main

import (
	"fmt"
	"sort"
)

type header struct {
	name, value string
}

func canonical(name string) string {
	parts := strings.Split(strings.ToLower(name), "-")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "-")
}

func main() {
	hs := []header{{"content-type", "text/html"}, {"x-request-id", "42"}, {"ACCEPT", "*/*"}}
	sort.Slice(hs, func(i, j int) bool { return hs[i].name < hs[j].name })
	for _, h := range hs {
		fmt.Printf("%s: %s\n", canonical(h.name), h.value)
	}
}
