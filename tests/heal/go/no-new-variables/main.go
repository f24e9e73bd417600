package main

import "fmt"

func main() {
	total := 0
	for _, n := range []int{1, 2, 3} {
		total += n
	}
	total := total * 2
	fmt.Println(total)
}
