package main

import (
	"fmt"
	"strconv"
)

type booking struct {
	row  string
	seat int
}

func ticket(b booking, price int) string {
	head := "Row " + b.row + ", seat " + strconv.Itoa(b.seat)
	return head + " - " + strconv.Itoa(price) + " SEK"
}

func main() {
	for _, b := range []booking{{"F", 12}, {"F", 13}} {
		fmt.Println(ticket(b, 145))
	}
}
