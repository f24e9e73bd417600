package inventory

import "fmt"

type Item struct {
	SKU   string
	Count int
}

func RestockNote(it Item, added int) string {
	return fmt.Sprintf("restocked %s: +%d (now %d)", it.SKU, added, it.Count+added)
}
