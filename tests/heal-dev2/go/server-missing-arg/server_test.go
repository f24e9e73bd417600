package server

import "testing"

func TestDefaultLimitsBodyToOneMiB(t *testing.T) {
	if got := Default().MaxBodySize; got != 1<<20 {
		t.Fatalf("MaxBodySize = %d, want %d", got, 1<<20)
	}
}
