package main

import (
	"fmt"
	"time"
)

func schedule(cfg Config) []time.Duration {
	waits := make([]time.Duration, 0, cfg.maxRetries)
	d := cfg.Delay
	for i := 0; i < cfg.maxRetries; i++ {
		waits = append(waits, d)
		d *= 2
	}
	return waits
}

func main() {
	cfg := defaultConfig()
	fmt.Println(cfg.Endpoint, schedule(cfg))
}
