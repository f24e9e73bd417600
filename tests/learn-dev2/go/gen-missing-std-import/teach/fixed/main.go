package main

import (
	"fmt"
	"strings"
)

func shout(msg string) string {
	return strings.ToUpper(msg) + "!"
}

func main() {
	fmt.Println(shout("doors open at seven"))
}
