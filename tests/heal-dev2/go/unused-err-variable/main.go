package main

import (
	"fmt"
	"strconv"
)

func parsePorts(raw []string) []int {
	ports := []int{}
	for _, r := range raw {
		p, err := strconv.Atoi(r)
		if p <= 0 || p > 65535 {
			continue
		}
		ports = append(ports, p)
	}
	return ports
}

func main() {
	fmt.Println(parsePorts([]string{"80", "443", "x", "70000"}))
}
