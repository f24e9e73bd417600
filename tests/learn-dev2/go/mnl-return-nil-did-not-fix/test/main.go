package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Row struct {
	Name string
	Qty  int
}

func parseRow(line string) (Row, error) {
	fields := strings.Split(line, ",")
	qty, err := strconv.Atoi(strings.TrimSpace(fields[1]))
	if err != nil {
		return err
	}
	return Row{Name: fields[0], Qty: qty}, nil
}

func main() {
	fmt.Println(parseRow("washers, 200"))
}
