package main

import (
	"fmt"
	"strings"
)

type Row struct {
	ID    int
	Name  string
	Score float64
}

func toCSV(rows []Row) string {
	var b strings.Builder
	b.WriteString("id,name,score\n")
	for _, r := range rows {
		b.WriteString(strconv.Itoa(r.ID))
		b.WriteString(",")
		b.WriteString(r.Name)
		b.WriteString(",")
		b.WriteString(strconv.FormatFloat(r.Score, 'f', 2, 64))
		b.WriteString("\n")
	}
	return b.String()
}

func main() {
	fmt.Print(toCSV([]Row{{1, "ana", 9.5}, {2, "ben", 7.25}}))
}
