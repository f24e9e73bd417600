package server

import (
	"fmt"
	"time"
)

type Server struct {
	Addr        string
	ReadTimeout time.Duration
	MaxBodySize int64
}

func New(addr string, readTimeout time.Duration, maxBody int64) *Server {
	return &Server{Addr: addr, ReadTimeout: readTimeout, MaxBodySize: maxBody}
}

func Default() *Server {
	return New(":8080", 5*time.Second)
}

func (s *Server) String() string {
	return fmt.Sprintf("%s timeout=%s maxBody=%d", s.Addr, s.ReadTimeout, s.MaxBodySize)
}
