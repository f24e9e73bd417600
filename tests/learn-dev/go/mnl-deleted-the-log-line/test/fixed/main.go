package main

import "fmt"

func main() {
	member := "Mireille"
	visits := 41
	fmt.Printf("Welcome back, %s! Visit number %d\n", member, visits)
}
