package cache

import "time"

type entry struct {
	value   string
	expires time.Time
}

type Cache struct {
	ttl   time.Duration
	max   int
	items map[string]entry
	now   func() time.Time
}

func New(max int, ttl time.Duration) *Cache {
	return &Cache{ttl: ttl, max: max, items: map[string]entry{}, now: time.Now}
}

func (c *Cache) Put(key, value string) {
	if len(c.items) >= c.max {
		for k := range c.items {
			delete(c.items, k)
			break
		}
	}
	c.items[key] = entry{value: value, expires: c.now().Add(c.ttl)}
}

func (c *Cache) Get(key string) (string, bool) {
	e, ok := c.items[key]
	if !ok || c.now().After(e.expires) {
		return "", false
	}
	return e.value, true
}
