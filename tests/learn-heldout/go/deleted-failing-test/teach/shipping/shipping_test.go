package shipping

import "testing"

func TestSmallParcel(t *testing.T) {
	if got := Cost(800); got != 499 {
		t.Fatalf("Cost(800) = %d, want 499", got)
	}
}

func TestStartedHalfKilo(t *testing.T) {
	cases := map[int]int{1001: 649, 1500: 649, 1501: 799, 2600: 949}
	for g, want := range cases {
		if got := Cost(g); got != want {
			t.Errorf("Cost(%d) = %d, want %d", g, got, want)
		}
	}
}

func TestNothing(t *testing.T) {
	if got := Cost(0); got != 0 {
		t.Fatalf("Cost(0) = %d, want 0", got)
	}
}
