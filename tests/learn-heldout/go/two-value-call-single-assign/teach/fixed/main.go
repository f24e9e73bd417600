package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// parsePorts reads a comma separated list like "80,443,8080".
func parsePorts(list string) ([]int, error) {
	var ports []int
	for _, field := range strings.Split(list, ",") {
		p, err := strconv.Atoi(strings.TrimSpace(field))
		if err != nil {
			return nil, err
		}
		if p < 1 || p > 65535 {
			return nil, fmt.Errorf("port %d out of range", p)
		}
		ports = append(ports, p)
	}
	return ports, nil
}

func main() {
	ports, err := parsePorts("80, 443,8080")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(ports)
}
