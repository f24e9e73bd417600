package main

import "fmt"

func main() {
	word := "héllo"
	fmt.Println(len(word), utf8.RuneCountInString(word))
}
