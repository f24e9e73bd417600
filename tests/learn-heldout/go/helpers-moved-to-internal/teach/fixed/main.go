package main

import (
	"fmt"

	"example.com/cal/internal/helpers"
)

func main() {
	for _, s := range []string{"2026-12-06", "2026-02-30"} {
		d, err := helpers.ParseDate(s)
		if err != nil {
			fmt.Println(s, "invalid")
			continue
		}
		fmt.Println(s, d.Weekday())
	}
}
