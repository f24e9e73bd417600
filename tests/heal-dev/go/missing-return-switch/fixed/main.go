package main

import "fmt"

type Zone int

const (
	Domestic Zone = iota
	EU
	World
)

func shippingCents(z Zone, grams int) int {
	base := 0
	switch z {
	case Domestic:
		base = 450
	case EU:
		base = 900
	case World:
		base = 1600
	}
	extra := (grams - 1) / 500
	if extra < 0 {
		extra = 0
	}
	switch {
	case grams <= 0:
		return 0
	case grams <= 500:
		return base
	case grams > 500:
		return base + extra*base/2
	}
	return 0
}

func main() {
	fmt.Println(shippingCents(Domestic, 300), shippingCents(EU, 1200), shippingCents(World, 501))
	if shippingCents(EU, 1200) != 1800 {
		panic("wrong EU rate")
	}
}
