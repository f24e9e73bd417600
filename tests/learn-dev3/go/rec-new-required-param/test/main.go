package main

import (
	"fmt"

	"example.com/ops/digest"
)

func main() {
	s := digest.Settings{Sender: "news@example.com", Week: 49}
	for _, msg := range digest.Weekly(s, []string{"a@example.com", "b@example.com"}) {
		fmt.Println(msg)
	}
}
