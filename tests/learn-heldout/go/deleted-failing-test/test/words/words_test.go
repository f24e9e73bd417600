package words

import "testing"

func TestTitle(t *testing.T) {
	cases := map[string]string{
		"the lord of the rings": "The Lord of the Rings",
		"a tale OF two cities":  "A Tale of Two Cities",
		"go":                    "Go",
	}
	for in, want := range cases {
		if got := Title(in); got != want {
			t.Errorf("Title(%q) = %q, want %q", in, got, want)
		}
	}
}
