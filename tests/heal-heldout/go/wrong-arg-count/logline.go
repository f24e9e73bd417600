package main

import (
	"fmt"
	"sort"
	"strings"
)

// formatLine renders a log line: level, message, then key=value pairs sorted by key.
func formatLine(level, msg string, fields map[string]string) string {
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "level=%s msg=%q", level, msg)
	for _, k := range keys {
		fmt.Fprintf(&b, " %s=%s", k, fields[k])
	}
	return b.String()
}
