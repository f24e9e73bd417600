package probe

import "example.com/relay/config"

type Target struct {
	Host    string
	Port    int
	Timeout int
}

var Default = Target{
	Host:    "localhost",
	Port:    config.ListenPort,
	Timeout: config.ReadTimeout,
}

func (t Target) WithHost(h string) Target {
	t.Host = h
	return t
}
