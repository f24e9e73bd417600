package main

import "fmt"

func main() {
	name := "ingrid"
	visits := 3
	fmt.Printf("user %s logged in %d times\n", name, visits)
}
