package main

import "fmt"

type item struct {
	name  string
	cents int
}

func main() {
	items := []item{{"coffee", 350}, {"bagel", 275}}
	total := 0
	for _, it := range items {
		total += it.cents
		fmt.Printf("%-10s %6.2f\n", it.name, float64(it.cents)/100)
	}
	fmt.Printf("%-10s %6.2f\n", "total", float64(total)/100)
}
