package main

import "fmt"

func describe(name string, count int, unit string) string {
	return fmt.Sprintf("%s: %d %s", name, count, unit)
}

func main() {
	fmt.Println(describe(
		"apples",
		3,
		"kg"
	))
}
