package server

import (
	"fmt"
	"log"
)

type Server struct {
	Addr   string
	logger *log.Logger
	routes map[string]string
}

// NewServer now requires a logger (no more hidden global logging).
func NewServer(addr string, logger *log.Logger) *Server {
	return &Server{Addr: addr, logger: logger, routes: map[string]string{}}
}

func (s *Server) Handle(path, name string) {
	s.routes[path] = name
	s.logger.Printf("route %s -> %s", path, name)
}

func (s *Server) String() string {
	return fmt.Sprintf("server %s with %d routes", s.Addr, len(s.routes))
}
