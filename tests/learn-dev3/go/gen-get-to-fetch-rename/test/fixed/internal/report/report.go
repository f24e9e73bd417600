package report

import "example.com/ledgerly/internal/billing"

func Outstanding(c *billing.Client, ids []string) int64 {
	var sum int64
	for _, id := range ids {
		if inv, ok := c.FetchInvoice(id); ok {
			sum += inv.Cents
		}
	}
	return sum
}
