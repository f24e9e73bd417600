package hooks

import "testing"

func TestEachHookKeepsItsName(t *testing.T) {
	hs := Build([]string{"lint", "test", "deploy"})
	want := []string{"run lint", "run test", "run deploy"}
	for i, h := range hs {
		if got := h(); got != want[i] {
			t.Errorf("hook %d: got %q, want %q", i, got, want[i])
		}
	}
}
