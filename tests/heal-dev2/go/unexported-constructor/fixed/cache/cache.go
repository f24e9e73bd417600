package cache

import "sync"

type Cache struct {
	mu    sync.Mutex
	items map[string]string
	limit int
}

func NewCache(limit int) *Cache {
	return &Cache{items: make(map[string]string), limit: limit}
}

func (c *Cache) Put(k, v string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.items[k]; !ok && len(c.items) >= c.limit {
		return false
	}
	c.items[k] = v
	return true
}

func (c *Cache) Get(k string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.items[k]
	return v, ok
}
