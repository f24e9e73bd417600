package main

import (
	"fmt"
	"sort"
	"strings"
)

type pick struct {
	member string
	title  string
	votes  int
}

func main() {
	picks := []pick{
		{"ines", "the left hand of darkness", 4},
		{"tomas", "piranesi", 6},
		{"wren", "a psalm for the wild-built", 5},
	}
	sort.Slice(picks, func(i, j int) bool { return picks[i].votes > picks[j].votes })
	for i, p := range picks {
		fmt.Printf("%d. %s (%s)\n", i+1, strings.ToUpper(p.title), p.member)
	}
}
