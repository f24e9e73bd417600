package main

import (
	"errors"
	"fmt"
)

func parseAge(n int) (int, error) {
	if n < 0 {
		return 0, errors.New("age must not be negative")
	}
	return n, nil
}

func main() {
	for _, n := range []int{42, -1} {
		a, err := parseAge(n)
		fmt.Println(a, err)
	}
}
