package restock

import "example.com/stock/store"

// Plan returns how many of each id must be ordered to reach target.
func Plan(s *store.Store, ids []string, target int) map[string]int {
	need := map[string]int{}
	for _, id := range ids {
		it, ok := s.Get(id)
		switch {
		case !ok:
			need[id] = target
		case it.Qty < target:
			need[id] = target - it.Qty
		}
	}
	return need
}
