// Command shout prints its greeting in capitals.
package main

import (
	"fmt"
	"os"
)

func main() {
	name := "gopher"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	fmt.Println(strings.ToUpper("hello, " + name))
}
