package main

import (
	"fmt"

	"example.com/mdlint/internal/lint"
)

func main() {
	fmt.Println(lint.TrailingPunct("# Intro\ntext\n## Setup:\n## Usage"))
}
