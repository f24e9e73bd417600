package server

import (
	"errors"
	"strings"
)

type Options struct {
	Host string
	Port int
}

// ListenAddr builds "host:port", defaulting the host to all interfaces.
func ListenAddr(o Options) (string, error) {
	if o.Port <= 0 || o.Port > 65535 {
		return "", errors.New("port out of range")
	}
	host := strings.TrimSpace(o.Host)
	return host + ":" + o.Port, nil
}
