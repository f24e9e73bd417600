package main

import (
	"fmt"
	"strconf"
	"strings"
)

func parsePorts(spec string) ([]int, error) {
	var ports []int
	for _, part := range strings.Split(spec, ",") {
		p, err := strconv.Atoi(strings.TrimSpace(part))
		if err != nil {
			return nil, fmt.Errorf("bad port %q: %w", part, err)
		}
		ports = append(ports, p)
	}
	return ports, nil
}

func main() {
	ports, err := parsePorts("80, 443,8080")
	if err != nil {
		panic(err)
	}
	fmt.Println(ports)
}
