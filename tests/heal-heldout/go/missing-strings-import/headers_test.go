package headers

import "testing"

func TestCanonical(t *testing.T) {
	cases := map[string]string{
		"content-TYPE": "Content-Type",
		"x-request-id": "X-Request-Id",
		"host":         "Host",
	}
	for in, want := range cases {
		if got := Canonical(in); got != want {
			t.Errorf("Canonical(%q) = %q, want %q", in, got, want)
		}
	}
}
