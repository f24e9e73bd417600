package board

import (
	"fmt"
	"time"

	"example.org/ferryboard/ferry"
)

// Line renders the departure board line for one quay.
func Line(quay string, now time.Duration) string {
	if s, ok := ferry.NextSailing(quay, now); ok {
		return fmt.Sprintf("%-8s next: %v", quay, s.At)
	}
	return fmt.Sprintf("%-8s closed", quay)
}
