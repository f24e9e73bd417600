package config

import "time"

// Scraper settings. TimeoutSeconds replaced Timeout in config v2.
type Scraper struct {
	BaseURL        string
	TimeoutSeconds int
	UserAgent      string
}

func (s Scraper) Deadline() time.Duration {
	return time.Duration(s.TimeoutSeconds) * time.Second
}
