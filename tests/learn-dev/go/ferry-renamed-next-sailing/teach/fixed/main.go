package main

import (
	"fmt"
	"os"
	"time"

	"example.org/islandferry/ferry"
)

func main() {
	from := "Harbour"
	if len(os.Args) > 1 {
		from = os.Args[1]
	}
	now := 9 * time.Hour
	s, ok := ferry.NextSailing(from, now)
	if !ok {
		fmt.Println("no more sailings today")
		return
	}
	fmt.Printf("%s -> %s at %s\n", s.From, s.To, s.At)
}
