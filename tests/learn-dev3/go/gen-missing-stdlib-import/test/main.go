package main

import (
	"fmt"

	"example.com/words/text"
)

func main() { fmt.Println(text.Acronym("Portable Network Graphics")) }
