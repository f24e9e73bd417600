package digest

import "example.com/ops/notify"

type Settings struct {
	Sender string
	Week   int
}

func Weekly(s Settings, users []string) []string {
	var out []string
	for _, u := range users {
		out = append(out, notify.Send(u, "weekly digest"))
	}
	return out
}
