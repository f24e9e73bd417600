package billing

var rates = map[string]int64{"NO": 25, "SE": 25, "DE": 19}

// TaxFor returns the tax in cents for an amount in cents.
func TaxFor(amountCents int64, region string) int64 {
	r, ok := rates[region]
	if !ok {
		r = 20
	}
	return amountCents * r / 100
}
