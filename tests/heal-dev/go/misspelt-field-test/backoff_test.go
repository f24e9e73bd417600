package backoff

import (
	"testing"
	"time"
)

func TestDelays(t *testing.T) {
	p := Policy{Base: 100 * time.Millisecond, Max: time.Second, Retries: 5}
	got := p.Delays()
	want := []time.Duration{100, 200, 400, 800, 1000}
	if len(got) != len(want) {
		t.Fatalf("got %d delays", len(got))
	}
	for i := range want {
		if got[i] != want[i]*time.Millisecond {
			t.Errorf("delay %d = %v", i, got[i])
		}
	}
}
