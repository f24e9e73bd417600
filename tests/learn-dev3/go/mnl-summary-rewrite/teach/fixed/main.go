package main

import (
	"fmt"

	"example.com/tally/summary"
)

func main() {
	st := summary.New([]int{4, 8, 15, 16, 23, 42})
	fmt.Println(st)
}
