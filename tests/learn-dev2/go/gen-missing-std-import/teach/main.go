package main

import "fmt"

func shout(msg string) string {
	return strings.ToUpper(msg) + "!"
}

func main() {
	fmt.Println(shout("doors open at seven"))
}
