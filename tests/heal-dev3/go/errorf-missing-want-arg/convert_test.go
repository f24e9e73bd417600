package units

import "testing"

func TestConvert(t *testing.T) {
	cases := []struct {
		v        float64
		from, to string
		want     float64
	}{
		{1500, "m", "km", 1.5},
		{3, "cm", "mm", 30},
		{0.25, "km", "m", 250},
	}
	for _, c := range cases {
		got, ok := Convert(c.v, c.from, c.to)
		if !ok || got != c.want {
			t.Errorf("Convert(%v, %q, %q) = %v, want %v", c.v, c.from, c.to, got)
		}
	}
}

func TestUnknownUnit(t *testing.T) {
	if _, ok := Convert(1, "mile", "m"); ok {
		t.Error("expected unknown unit to fail")
	}
}
