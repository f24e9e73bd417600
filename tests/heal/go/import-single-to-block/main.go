// Command shout prints its greeting in capitals.
package main

import "fmt"

func main() {
	fmt.Println(strings.ToUpper("hello, gopher"))
}
