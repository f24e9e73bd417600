package notify

import "strings"

type Sender interface {
	Send(to, body string) error
}

// Outbox collects messages instead of sending them.
type Outbox struct {
	Sent []string
}

func (o *Outbox) Send(to, body string) error {
	o.Sent = append(o.Sent, to+": "+body)
	return nil
}

func Broadcast(s Sender, users []string, body string) error {
	for _, u := range users {
		if err := s.Send(strings.ToLower(u), body); err != nil {
			return err
		}
	}
	return nil
}

// Preview returns what Broadcast would send.
func Preview(users []string, body string) []string {
	var box Outbox
	_ = Broadcast(&box, users, body)
	return box.Sent
}
