// Command hello says hello.
package main

import (
	"os"
)

func main() {
	println("hello, gopher")
}
