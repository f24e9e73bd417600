package config

import (
	"encoding/json"
	"time"
)

type Config struct {
	Output     string `json:"output"`
	TimeoutSec int    `json:"timeout_sec"`
}

func Parse(raw []byte) (Config, error) {
	var c Config
	err := json.Unmarshal(raw, &c)
	return c, err
}

// Deadline is when a report run started at start must be abandoned.
func (c Config) Deadline(start time.Time) time.Time {
	return start.Add(time.Duration(c.TimeoutSec) * time.Second)
}
