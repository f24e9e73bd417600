package main

import (
	"fmt"

	"example.com/seedshop/internal/catalog"
)

func main() {
	for _, it := range catalog.LoadAll() {
		fmt.Printf("%-8s %-24s %5.2f\n", it.SKU, it.Name, float64(it.Cents)/100)
	}
}
