package main

import (
	"fmt"
	"strings"
)

func fizzbuzz(n int) string {
	var parts []string
	for i := 1; i <= n; i++ {
		switch {
		case i%15 == 0:
			parts = append(parts, "FizzBuzz")
		case i%3 == 0:
			parts = append(parts, "Fizz")
		case i%5 == 0:
			parts = append(parts, "Buzz")
		default:
			parts = append(parts, fmt.Sprint(i))
		}
	}
	return strings.Join(parts, " ")
}

func main() {
	out := fizzbuzz(15)
	fmt.Println(out)
	if !strings.HasSuffix(out, "14 FizzBuzz") {
		panic("wrong ending")
	}
}
