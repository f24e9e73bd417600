package main

import "fmt"

type Pallet struct {
	ID     string
	Weight float64
}

func printManifest(pallets []Pallet) {
	for _, p := range pallets {
		fmt.Printf("%s\t%.1f kg\n", p.ID, p.Weight)
	}
}

func printTotals(pallets []Pallet) {
	sum := 0.0
	for _, p := range pallets {
		sum += p.Weight
	}
	fmt.Printf("total weight: %.1f kg\n", sum)
}

func main() {
	pallets := []Pallet{{"P-01", 412.5}, {"P-02", 380.0}, {"P-03", 455.25}}
	printManifest(pallets)
	printTotals(pallets)
}
