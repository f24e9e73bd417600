package main

import (
	"fmt"

	"example.com/inventory/internal/stroe"
)

func main() {
	s := store.New()
	s.Add("bolt", 120)
	s.Add("nut", 8)
	s.Add("washer", 3)
	fmt.Println("reorder:", s.Low(10))
}
