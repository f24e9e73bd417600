package main

import (
	"fmt"
	"os"
	"time"
)

type Policy struct {
	Base     time.Duration
	Max      time.Duration
	Attempts int
}

func (p Policy) Delays() []time.Duration {
	delays := make([]time.Duration, 0, p.Attempts)
	retryDelay := p.Base
	for i := 0; i < p.Attempts; i++ {
		if retryDelay > p.Max {
			retryDelay = p.Max
		}
		delays = append(delays, retryDelay)
		retryDelay *= 2
	}
	return delays
}

func total(delays []time.Duration) time.Duration {
	var sum time.Duration
	for _, d := range delays {
		sum += d
	}
	return sum
}

func main() {
	p := Policy{Base: 100 * time.Millisecond, Max: time.Second, Attempts: 6}
	d := p.Delays()
	fmt.Println(d, total(d))
	if total(d) != 3500*time.Millisecond {
		os.Exit(1)
	}
}
