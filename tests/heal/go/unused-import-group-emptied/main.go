// Command hello says hello.
package main

import (
	"fmt"

	"example.com/heal/greet"
)

func main() {
	fmt.Println("hello, gopher")
}
