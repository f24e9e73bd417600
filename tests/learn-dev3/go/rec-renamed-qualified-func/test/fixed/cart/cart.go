package cart

import "example.com/shop/billing"

type Cart struct {
	Region string
	items  []int64
}

func (c *Cart) Add(cents int64) { c.items = append(c.items, cents) }

func (c *Cart) Total() int64 {
	var sub int64
	for _, it := range c.items {
		sub += it
	}
	return sub + billing.TaxFor(sub, c.Region)
}
