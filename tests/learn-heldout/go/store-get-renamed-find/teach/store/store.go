package store

import "sync"

type Item struct {
	ID    string
	Title string
	Qty   int
}

// Store is an in-memory item store. Get was renamed Find (it returns ok).
type Store struct {
	mu    sync.RWMutex
	items map[string]Item
}

func New() *Store { return &Store{items: map[string]Item{}} }

func (s *Store) Put(it Item) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items[it.ID] = it
}

func (s *Store) Find(id string) (Item, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	it, ok := s.items[id]
	return it, ok
}
