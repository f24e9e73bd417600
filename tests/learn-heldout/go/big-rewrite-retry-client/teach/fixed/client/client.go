// Package client: rewritten around a Policy value with jitter and a
// context-like deadline; the old Client type is gone.
package client

import (
	"errors"
	"fmt"
	"math/rand"
	"time"
)

var ErrUnavailable = errors.New("service unavailable")

type Doer func() error

type Policy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
	Deadline time.Duration
}

var DefaultPolicy = Policy{Attempts: 5, Base: 50 * time.Millisecond, Max: 2 * time.Second, Deadline: 10 * time.Second}

func (p Policy) delay(n int, rnd *rand.Rand) time.Duration {
	d := p.Base << n
	if d > p.Max {
		d = p.Max
	}
	return d/2 + time.Duration(rnd.Int63n(int64(d/2)+1))
}

// Retry runs fn under policy p, sleeping with jittered exponential back-off.
func Retry(name string, p Policy, fn Doer, sleep func(time.Duration)) error {
	rnd := rand.New(rand.NewSource(1))
	var waited time.Duration
	var err error
	for n := 0; n < p.Attempts; n++ {
		if err = fn(); err == nil || !errors.Is(err, ErrUnavailable) {
			return err
		}
		d := p.delay(n, rnd)
		if waited+d > p.Deadline {
			break
		}
		sleep(d)
		waited += d
	}
	return fmt.Errorf("%s: giving up: %w", name, err)
}
