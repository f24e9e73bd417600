package sync2

import (
	"fmt"
	"time"
)

// MaxRetries bounds how often a failed push is repeated.
const MaxRetries = 4

type Pusher interface {
	Push(batch []string) error
}

// PushAll pushes batches, retrying each failed one up to MaxRetries times.
func PushAll(p Pusher, batches [][]string, wait time.Duration) (int, error) {
	pushed := 0
	for i, b := range batches {
		var err error
		for try := 0; try <= MaxRetries; try++ {
			if err = p.Push(b); err == nil {
				break
			}
			time.Sleep(wait)
		}
		if err != nil {
			return pushed, fmt.Errorf("batch %d: %w", i, err)
		}
		pushed++
	}
	return pushed, nil
}
