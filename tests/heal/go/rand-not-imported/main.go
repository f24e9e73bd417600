package main

import "fmt"

func main() {
	deck := []string{"a", "b", "c", "d"}
	rand.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(len(deck))
}
