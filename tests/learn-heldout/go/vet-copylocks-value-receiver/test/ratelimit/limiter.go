package ratelimit

import (
	"sync"
	"time"
)

// Limiter allows at most Max events per Window.
type Limiter struct {
	mu     sync.Mutex
	Max    int
	Window time.Duration
	events []time.Time
}

func (l Limiter) Allow(now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	cutoff := now.Add(-l.Window)
	kept := l.events[:0]
	for _, t := range l.events {
		if t.After(cutoff) {
			kept = append(kept, t)
		}
	}
	l.events = kept
	if len(l.events) >= l.Max {
		return false
	}
	l.events = append(l.events, now)
	return true
}
