package accesslog

import "strings"

func ErrorRate(log string) float64 {
	total, errors := 0, 0
	for _, line := range strings.Split(strings.TrimSpace(log), "\n") {
		e, err := parseLine(line)
		if err != nil {
			continue
		}
		total++
		if e.Status >= 500 {
			errors++
		}
	}
	if total == 0 {
		return 0
	}
	return float64(errors) / float64(total)
}
