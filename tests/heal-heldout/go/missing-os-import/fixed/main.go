package main

import (
	"fmt"
	"os"
	"strings"
)

func greeting(args []string) string {
	if len(args) == 0 {
		return "hello, stranger"
	}
	return "hello, " + strings.Join(args, " and ")
}

func main() {
	msg := greeting(os.Args[1:])
	if _, err := fmt.Fprintln(os.Stdout, msg); err != nil {
		os.Exit(1)
	}
}
