// Package helpers moved from example.com/cal/helpers to example.com/cal/internal/helpers.
package helpers

import "time"

// ParseDate parses YYYY-MM-DD in UTC.
func ParseDate(s string) (time.Time, error) {
	return time.Parse("2006-01-02", s)
}
