package shipping

import "testing"

func TestSmallParcel(t *testing.T) {
	if got := Cost(800); got != 499 {
		t.Fatalf("Cost(800) = %d, want 499", got)
	}
}

func TestNothing(t *testing.T) {
	if got := Cost(0); got != 0 {
		t.Fatalf("Cost(0) = %d, want 0", got)
	}
}
