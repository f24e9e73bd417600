package accesslog

import (
	"fmt"
	"strconv"
	"strings"
)

type Entry struct {
	Method string
	Path   string
	Status int
}

func parseLine(line string) (Entry, error) {
	fields := strings.Fields(line)
	if len(fields) != 3 {
		return Entry{}, fmt.Errorf("want 3 fields, got %d", len(fields))
	}
	status, err := strconv.Atoi(fields[2])
	if err != nil {
		return Entry{}, err
	}
	return Entry{Method: fields[0], Path: fields[1], Status: status}, nil
}
