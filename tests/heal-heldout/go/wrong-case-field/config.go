package main

import "time"

type Config struct {
	Endpoint   string
	MaxRetries int
	Delay      time.Duration
}

func defaultConfig() Config {
	return Config{Endpoint: "http://127.0.0.1:9/status", MaxRetries: 4, Delay: 50 * time.Millisecond}
}
