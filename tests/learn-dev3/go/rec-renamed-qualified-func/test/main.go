package main

import (
	"fmt"

	"example.com/shop/cart"
)

func main() {
	c := &cart.Cart{Region: "DE"}
	c.Add(1000)
	c.Add(2500)
	fmt.Println(c.Total())
}
