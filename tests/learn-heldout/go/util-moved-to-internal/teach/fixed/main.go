package main

import (
	"fmt"

	"example.com/shop/internal/util"
)

var products = []string{"Blue Mug (large)", "Tea -- Earl Grey", "Notebook A5"}

func main() {
	for _, p := range products {
		fmt.Printf("/p/%-20s %s\n", util.Slug(p), util.Truncate(p, 12))
	}
}
