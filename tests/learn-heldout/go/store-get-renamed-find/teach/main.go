package main

import (
	"fmt"

	"example.com/stock/store"
)

func describe(s *store.Store, id string) string {
	it, ok := s.Get(id)
	if !ok {
		return id + ": not found"
	}
	return fmt.Sprintf("%s: %s x%d", it.ID, it.Title, it.Qty)
}

func main() {
	s := store.New()
	s.Put(store.Item{ID: "a1", Title: "bolt", Qty: 40})
	fmt.Println(describe(s, "a1"))
	fmt.Println(describe(s, "zz"))
}
