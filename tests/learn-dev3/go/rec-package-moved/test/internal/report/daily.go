package report

import (
	"fmt"
	"strings"

	"example.com/thermo/internal/units"
)

type Reading struct {
	Hour    int
	Celsius float64
}

func Daily(rs []Reading) string {
	var b strings.Builder
	for _, r := range rs {
		fmt.Fprintf(&b, "%02d:00 %.1fF\n", r.Hour, units.ToFahrenheit(r.Celsius))
	}
	return b.String()
}
