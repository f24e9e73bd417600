package main

import "fmt"

const retries = 3

func main() {
	if len(fmt.Sprint("x")) > 0 {
		retries = 5
	}
	fmt.Println(retries)
}
