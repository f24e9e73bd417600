package orders

type Order struct {
	ID       int
	Customer string
	Cents    int
}

// TopCustomers returns customers whose total spend is at least minCents, in first-seen order.
func TopCustomers(orders []Order, minCents int) []string {
	count := len(orders)
	totals := map[string]int{}
	var seen []string
	for _, o := range orders {
		if _, ok := totals[o.Customer]; !ok {
			seen = append(seen, o.Customer)
		}
		totals[o.Customer] += o.Cents
	}
	var out []string
	for _, c := range seen {
		if totals[c] >= minCents {
			out = append(out, c)
		}
	}
	return out
}
