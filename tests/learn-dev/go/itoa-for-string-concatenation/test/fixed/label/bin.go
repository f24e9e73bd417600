package label

import "strconv"

// Bin returns the shelf label, e.g. "A-07/3".
func Bin(aisle string, bay, level int) string {
	b := strconv.Itoa(bay)
	if bay < 10 {
		b = "0" + b
	}
	return aisle + "-" + b + "/" + strconv.Itoa(level)
}
