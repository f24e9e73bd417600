package main

import (
	"fmt"

	"example.com/tags/text"
)

func main() {
	fmt.Println(text.Normalize("  Machine Learning!! "))
	tags := text.Dedupe([]string{"Go", "go ", "Web Dev", "web-dev", "C++"})
	fmt.Println(tags)
	if len(tags) != 3 {
		panic("dedupe failed")
	}
}
