package money

import (
	"fmt"
	"strings"
)

// Cents is an amount of money in the smallest currency unit.
type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}
