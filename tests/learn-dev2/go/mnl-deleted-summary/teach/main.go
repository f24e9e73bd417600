package main

import "fmt"

type Sale struct {
	Item   string
	Amount float64
}

func printSales(sales []Sale) {
	for _, s := range sales {
		fmt.Printf("%-12s %7.2f\n", s.Item, s.Amount)
	}
}

func printSummary(sales []Sale) {
	total := 0
	for _, s := range sales {
		total += s.Amount
	}
	fmt.Printf("day total: %d\n", total)
}

func main() {
	sales := []Sale{{"flat white", 3.4}, {"croissant", 2.9}, {"beans 250g", 11.0}}
	printSales(sales)
	printSummary(sales)
}
