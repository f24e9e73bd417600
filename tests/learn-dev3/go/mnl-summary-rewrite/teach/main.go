package main

import (
	"fmt"

	"example.com/tally/summary"
)

func main() { fmt.Println(summary.Describe([]int{4, 8, 15, 16, 23, 42})) }
