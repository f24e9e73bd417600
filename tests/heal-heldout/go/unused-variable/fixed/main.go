package main

import (
	"errors"
	"fmt"
)

var errBusy = errors.New("busy")

func attempt(n int) error {
	if n < 3 {
		return errBusy
	}
	return nil
}

func main() {
	var lastErr error
	tries := 0
	for i := 1; i <= 5; i++ {
		tries = i
		err := attempt(i)
		if err == nil {
			break
		}
		lastErr = err
	}
	fmt.Println("succeeded after", tries, "tries; last error:", lastErr)
}
