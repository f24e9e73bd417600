package main

import (
	"fmt"
	"log"
)

type bin struct {
	name  string
	tempC int
	turns int
}

func main() {
	bins := []bin{{"north", 58, 3}, {"south", 41, 1}}
	for _, b := range bins {
		log.Printf("bin %d at %d C", b.name, b.tempC)
		if b.tempC < 45 {
			fmt.Println(b.name, "needs turning")
		}
	}
}
