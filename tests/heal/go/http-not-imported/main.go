package main

import "fmt"

func main() {
	fmt.Println(http.StatusText(http.StatusTeapot))
}
