package backoff

import "time"

type Policy struct {
	Base    time.Duration
	Max     time.Duration
	Retries int
}

// Delays returns the wait before each retry, doubling from Base and capped at Max.
func (p Policy) Delays() []time.Duration {
	out := make([]time.Duration, 0, p.Retires)
	d := p.Base
	for i := 0; i < p.Retries; i++ {
		if d > p.Max {
			d = p.Max
		}
		out = append(out, d)
		d *= 2
	}
	return out
}
