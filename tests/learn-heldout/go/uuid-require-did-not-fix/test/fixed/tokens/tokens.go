package tokens

import (
	"crypto/rand"
	"encoding/hex"
)

// NewSessionID returns a random 128-bit hex identifier.
func NewSessionID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b[:])
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
