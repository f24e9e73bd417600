package shipping

// Cost returns the shipping cost in cents for a parcel of grams.
// Up to 1 kg costs 499; every started extra 500 g adds 150.
func Cost(grams int) int {
	if grams <= 0 {
		return 0
	}
	if grams <= 1000 {
		return 499
	}
	extra := (grams - 1000) / 500
	return 499 + extra*150
}
