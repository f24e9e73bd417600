package main

import "fmt"

type Saver interface {
	Save(key, value string) error
}

type MemStore struct {
	data map[string]string
}

func (m *MemStore) Save(key, value string) error {
	if m.data == nil {
		m.data = map[string]string{}
	}
	m.data[key] = value
	return nil
}

func persistAll(s Saver, kv map[string]string) int {
	n := 0
	for k, v := range kv {
		if s.Save(k, v) == nil {
			n++
		}
	}
	return n
}

func main() {
	store := MemStore{}
	n := persistAll(store, map[string]string{"a": "1", "b": "2"})
	fmt.Println(n, len(store.data))
}
