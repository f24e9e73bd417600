package main

import (
	"fmt"

	"example.com/shop/billing"
)

func main() {
	net := int64(12900)
	fmt.Println("gross:", net+billing.ComputeTax(net, "NO"))
}
