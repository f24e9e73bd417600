package main

import (
	"fmt"

	"example.com/billing/tax"
)

func main() {
	for _, c := range []string{"DE", "FR", "US"} {
		fmt.Printf("%s: %d%% -> %d\n", c, tax.Rate(c), tax.Gross(10000, c))
	}
}
