package hooks

import "fmt"

// Hook runs after every push.
type Hook interface {
	AfterPush(repo string)
}

type AuditHook struct{}

func (AuditHook) AfterPush(repo string) { fmt.Println("audit:", repo) }

type MetricsHook struct {
	pushes map[string]int
}

func (h *MetricsHook) AfterPush(repo string) {
	if h.pushes == nil {
		h.pushes = map[string]int{}
	}
	h.pushes[repo]++
}
