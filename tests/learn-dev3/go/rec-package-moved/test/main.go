package main

import (
	"fmt"

	"example.com/thermo/internal/report"
)

func main() {
	fmt.Print(report.Daily([]report.Reading{{Hour: 6, Celsius: -2}, {Hour: 14, Celsius: 11.5}}))
}
