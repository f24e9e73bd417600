package logx

import (
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

// ParseLevel parses a level name such as "info" or "WARN".
func ParseLevel(s string) (Level, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "debug":
		return Debug, nil
	case "info":
		return Info, nil
	case "warn", "warning":
		return Warn, nil
	case "error":
		return Error, nil
	}
	return Info, fmt.Errorf("unknown log level %q", s)
}

func MustLevel(s string) Level {
	l, err := parseLevel(s)
	if err != nil {
		panic(err)
	}
	return l
}

func LevelOr(s string, def Level) Level {
	if l, err := parseLevel(s); err == nil {
		return l
	}
	return def
}
