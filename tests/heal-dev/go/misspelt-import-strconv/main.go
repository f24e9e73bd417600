package main

import (
	"fmt"
	"strconf"
	"strings"
)

type PortRange struct{ Lo, Hi int }

func parseRange(s string) (PortRange, error) {
	lo, hi, found := strings.Cut(s, "-")
	a, err := strconv.Atoi(lo)
	if err != nil {
		return PortRange{}, fmt.Errorf("bad port %q: %w", lo, err)
	}
	if !found {
		return PortRange{a, a}, nil
	}
	b, err := strconv.Atoi(hi)
	if err != nil {
		return PortRange{}, fmt.Errorf("bad port %q: %w", hi, err)
	}
	if b < a {
		return PortRange{}, fmt.Errorf("empty range %s", s)
	}
	return PortRange{a, b}, nil
}

func main() {
	total := 0
	for _, s := range strings.Split("22,80,8000-8010,443", ",") {
		r, err := parseRange(s)
		if err != nil {
			panic(err)
		}
		total += r.Hi - r.Lo + 1
	}
	fmt.Println("ports:", total)
	if total != 14 {
		panic("wrong count")
	}
}
