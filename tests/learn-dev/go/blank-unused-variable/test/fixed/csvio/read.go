package csvio

import (
	"encoding/csv"
	"strings"
)

// Plots returns the plot column of an allotment register.
func Plots(data string) ([]string, error) {
	r := csv.NewReader(strings.NewReader(data))
	_, err := r.Read()
	if err != nil {
		return nil, err
	}
	rows, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(rows))
	for _, row := range rows {
		out = append(out, row[0])
	}
	return out, nil
}
