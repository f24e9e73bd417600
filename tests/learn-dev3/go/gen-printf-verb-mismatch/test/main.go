package main

import (
	"fmt"

	"example.com/depot/inventory"
)

func main() { fmt.Println(inventory.RestockNote(inventory.Item{SKU: "BX-9", Count: 4}, 20)) }
