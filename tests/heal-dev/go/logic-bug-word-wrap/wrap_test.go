package wrap

import "testing"

func TestWidth(t *testing.T) {
	text := "the quick brown fox jumps over the lazy dog and keeps on running"
	for _, width := range []int{10, 12, 15} {
		for _, l := range Wrap(text, width) {
			if len(l) > width {
				t.Errorf("width %d: line %q too long", width, l)
			}
		}
	}
}

func TestExact(t *testing.T) {
	got := Wrap("aaa bbb ccc", 7)
	if len(got) != 2 || got[0] != "aaa bbb" || got[1] != "ccc" {
		t.Fatalf("got %q", got)
	}
}
