package main

import "fmt"

type Store interface {
	Get(key string) (string, bool)
	Put(key, value string)
}

type MemStore struct {
	m map[string]string
}

func (s *MemStore) Get(key string) (string, bool) {
	v, ok := s.m[key]
	return v, ok
}

func (s *MemStore) Put(key, value string) {
	s.m[key] = value
}

func main() {
	var s Store = &MemStore{m: map[string]string{}}
	s.Put("session:42", "alice")
	fmt.Println(s.Get("session:42"))
}
