package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
)

// Config is read from conf/relay.json. The key "listen" was renamed "listen_addr".
type Config struct {
	ListenAddr string `json:"listen_addr"`
	Workers    int    `json:"workers"`
}

func load(path string) (Config, error) {
	var c Config
	b, err := os.ReadFile(path)
	if err != nil {
		return c, err
	}
	dec := json.NewDecoder(bytesReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return c, fmt.Errorf("%s: %w", path, err)
	}
	if c.ListenAddr == "" {
		return c, errors.New("listen_addr is required")
	}
	return c, nil
}

func main() {
	c, err := load("conf/relay.json")
	if err != nil {
		fmt.Fprintln(os.Stderr, "config:", err)
		os.Exit(1)
	}
	fmt.Printf("listening on %s with %d workers\n", c.ListenAddr, c.Workers)
}
