// Command greet greets, or fails loudly.
package main

import (
	"fmt"
	"os"

	"example.com/heal/greet"
)

func main() {
	if len(os.Args) > 2 {
		fmt.Println(errors.New("too many names"))
		os.Exit(2)
	}
	fmt.Println(greet.Hello("gopher"))
}
