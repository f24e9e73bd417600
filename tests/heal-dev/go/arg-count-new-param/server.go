package main

import "fmt"

type Server struct {
	Addr     string
	MaxConns int
	active   int
}

func NewServer(addr string, maxConns int) *Server {
	return &Server{Addr: addr, MaxConns: maxConns}
}

func (s *Server) Accept() error {
	if s.active >= s.MaxConns {
		return fmt.Errorf("%s: too many connections (%d)", s.Addr, s.MaxConns)
	}
	s.active++
	return nil
}
