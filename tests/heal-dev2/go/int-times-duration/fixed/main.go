package main

import (
	"fmt"
	"time"
)

type Config struct {
	Name       string
	TimeoutSec int
	Retries    int
}

func deadline(start time.Time, cfg Config) time.Time {
	timeout := time.Duration(cfg.TimeoutSec) * time.Second
	return start.Add(timeout * time.Duration(cfg.Retries+1))
}

func main() {
	start := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	fmt.Println(deadline(start, Config{Name: "sync", TimeoutSec: 30, Retries: 2}).Format(time.RFC3339))
}
