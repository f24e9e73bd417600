package tax

// rate returns the VAT rate for a country code, in percent.
func rate(country string) int {
	switch country {
	case "DE":
		return 19
	case "FR":
		return 20
	default:
		return 0
	}
}

// Gross adds VAT to a net amount in cents.
func Gross(netCents int, country string) int {
	return netCents + netCents*rate(country)/100
}
