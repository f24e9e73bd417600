package store

import "sort"

type Store struct {
	qty map[string]int
}

func New() *Store { return &Store{qty: map[string]int{}} }

func (s *Store) Add(sku string, n int) { s.qty[sku] += n }

func (s *Store) Low(threshold int) []string {
	var out []string
	for sku, n := range s.qty {
		if n < threshold {
			out = append(out, sku)
		}
	}
	sort.Strings(out)
	return out
}
