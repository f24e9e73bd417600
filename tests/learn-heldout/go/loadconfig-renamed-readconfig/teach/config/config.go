// Package config reads the service configuration.
// LoadConfig was renamed ReadConfig in v2.
package config

import (
	"bufio"
	"fmt"
	"strings"
)

type Config struct {
	Name    string
	Port    int
	Verbose bool
}

// ReadConfig parses "key = value" lines.
func ReadConfig(text string) (Config, error) {
	cfg := Config{Port: 8080}
	sc := bufio.NewScanner(strings.NewReader(text))
	line := 0
	for sc.Scan() {
		line++
		raw := strings.TrimSpace(sc.Text())
		if raw == "" || strings.HasPrefix(raw, "#") {
			continue
		}
		k, v, ok := strings.Cut(raw, "=")
		if !ok {
			return cfg, fmt.Errorf("line %d: expected key = value", line)
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		switch k {
		case "name":
			cfg.Name = v
		case "port":
			if _, err := fmt.Sscanf(v, "%d", &cfg.Port); err != nil {
				return cfg, fmt.Errorf("line %d: bad port %q", line, v)
			}
		case "verbose":
			cfg.Verbose = v == "true"
		}
	}
	return cfg, sc.Err()
}
