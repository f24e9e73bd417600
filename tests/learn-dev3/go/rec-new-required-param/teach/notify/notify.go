package notify

import "fmt"

// Send formats a message; from is the configured sender address.
func Send(to, subject, from string) string {
	return fmt.Sprintf("From: %s\nTo: %s\nSubject: %s", from, to, subject)
}
