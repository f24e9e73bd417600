package main

import (
	"fmt"
	"strings"

	"example.com/dbtool/settings"
)

func redact(url string) string {
	if i := strings.Index(url, "@"); i >= 0 {
		if j := strings.Index(url, "://"); j >= 0 && j < i {
			return url[:j+3] + "***" + url[i:]
		}
	}
	return url
}

func main() {
	cfg := settings.Default()
	fmt.Printf("db=%s max_open=%d ro=%v\n", redact(cfg.DatabaseURL), cfg.MaxOpen, cfg.ReadOnly)
}
