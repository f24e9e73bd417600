package monitor

import "example.com/ops/notify"

type Config struct {
	Sender    string
	Threshold int
}

type Monitor struct {
	cfg Config
}

func New(cfg Config) *Monitor { return &Monitor{cfg: cfg} }

func (m *Monitor) Check(owner string, usedPct int) string {
	if usedPct < m.cfg.Threshold {
		return ""
	}
	return notify.Send(owner, "disk almost full")
}
