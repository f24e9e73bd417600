package main

import (
	"fmt"
	"time"

	"example.com/reportgen/internal/config"
)

func main() {
	c, err := config.Parse([]byte(`{"output":"weekly.pdf","timeout_sec":90}`))
	if err != nil {
		panic(err)
	}
	start := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	fmt.Println(c.Output, "deadline", c.Deadline(start).Format(time.Kitchen))
}
