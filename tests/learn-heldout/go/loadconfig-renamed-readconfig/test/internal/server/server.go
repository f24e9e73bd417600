package server

import (
	"fmt"

	"example.com/gateway/config"
)

type Server struct {
	Addr    string
	Verbose bool
}

// FromText builds a server from configuration text.
func FromText(text string) (*Server, error) {
	cfg, err := config.LoadConfig(text)
	if err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	if cfg.Port < 1024 {
		return nil, fmt.Errorf("server: port %d is privileged", cfg.Port)
	}
	return &Server{Addr: fmt.Sprintf("0.0.0.0:%d", cfg.Port), Verbose: cfg.Verbose}, nil
}
