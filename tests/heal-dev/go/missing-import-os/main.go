package main

import (
	"fmt"
	"strconv"
)

type Config struct {
	Addr    string
	Workers int
	Verbose bool
}

func getenv(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func load() (Config, error) {
	w, err := strconv.Atoi(getenv("HEALDEV_WORKERS", "4"))
	if err != nil {
		return Config{}, fmt.Errorf("HEALDEV_WORKERS: %w", err)
	}
	v, err := strconv.ParseBool(getenv("HEALDEV_VERBOSE", "false"))
	if err != nil {
		return Config{}, fmt.Errorf("HEALDEV_VERBOSE: %w", err)
	}
	return Config{Addr: getenv("HEALDEV_ADDR", ":8080"), Workers: w, Verbose: v}, nil
}

func main() {
	cfg, err := load()
	if err != nil {
		fmt.Println(err)
		os.Exit(2)
	}
	fmt.Printf("%+v\n", cfg)
}
