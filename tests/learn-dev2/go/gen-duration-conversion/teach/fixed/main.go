package main

import (
	"fmt"
	"time"
)

func wait(attempt int) time.Duration {
	backoffMs := 50 << attempt
	d := time.Duration(backoffMs) * time.Millisecond
	time.Sleep(d / 1000)
	return d
}

func main() {
	for a := 0; a < 3; a++ {
		fmt.Println("attempt", a, "waited", wait(a))
	}
}
