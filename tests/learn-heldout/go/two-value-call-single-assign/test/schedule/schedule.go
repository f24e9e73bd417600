package schedule

import (
	"fmt"
	"time"
)

type Slot struct {
	Start time.Time
	Len   time.Duration
}

// ParseSlot reads "2026-12-06T09:30 45m".
func ParseSlot(s string) (Slot, error) {
	var when, dur string
	if _, err := fmt.Sscan(s, &when, &dur); err != nil {
		return Slot{}, fmt.Errorf("slot %q: %w", s, err)
	}
	start := time.Parse("2006-01-02T15:04", when)
	d, err := time.ParseDuration(dur)
	if err != nil {
		return Slot{}, err
	}
	return Slot{Start: start, Len: d}, nil
}

func (s Slot) End() time.Time { return s.Start.Add(s.Len) }
