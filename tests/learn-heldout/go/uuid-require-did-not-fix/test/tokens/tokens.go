package tokens

import (
	"strings"

	"github.com/google/uuid"
)

// NewSessionID returns a random 128-bit hex identifier.
func NewSessionID() string {
	return strings.ReplaceAll(uuid.NewString(), "-", "")
}

// Valid reports whether s looks like a session id.
func Valid(s string) bool {
	if len(s) != 32 {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}
