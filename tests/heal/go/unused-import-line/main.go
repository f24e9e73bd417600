package main

import "fmt"
import mrand "math/rand"

func main() {
	fmt.Println("no randomness today")
}
