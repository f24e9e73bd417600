package quota

import "testing"

func TestPercent(t *testing.T) {
	if got := (Usage{UsedMB: 850, LimitMB: 1000}).Percent(); got != 85 {
		t.Fatalf("Percent = %d, want 85", got)
	}
}

func TestWarning(t *testing.T) {
	if got := (Usage{UsedMB: 900, LimitMB: 1000}).Warning(); got != "90% used" {
		t.Fatalf("Warning = %q", got)
	}
	if got := (Usage{UsedMB: 1200, LimitMB: 1000}).Warning(); got != "quota exceeded" {
		t.Fatalf("Warning = %q", got)
	}
}
