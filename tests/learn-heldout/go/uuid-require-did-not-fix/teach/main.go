package main

import (
	"fmt"

	"github.com/google/uuid"
)

type Order struct {
	ID    string
	Items []string
}

func newOrder(items ...string) Order {
	return Order{ID: uuid.NewString(), Items: items}
}

func main() {
	o := newOrder("mug", "tea")
	fmt.Println(len(o.ID) == 36, o.Items)
}
