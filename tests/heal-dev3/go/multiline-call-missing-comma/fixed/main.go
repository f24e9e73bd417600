package main

import (
	"fmt"
	"strings"
)

type Message struct {
	To      []string
	Subject string
	Body    string
}

func newMessage(subject, body string, to ...string) Message {
	return Message{To: to, Subject: subject, Body: body}
}

func render(m Message) string {
	var b strings.Builder
	fmt.Fprintf(&b, "To: %s\r\n", strings.Join(m.To, ", "))
	fmt.Fprintf(&b, "Subject: %s\r\n\r\n", m.Subject)
	b.WriteString(m.Body)
	return b.String()
}

func main() {
	msg := newMessage(
		"Build failed",
		"The nightly build of main failed at step test.",
		"ops@example.com",
		"lead@example.com",
	)
	fmt.Println(render(msg))
}
