package main

import "fmt"

var scores = map[string][]int{
	"Owls":   {10, 20, 15},
	"Badger": {20, 20, 5},
}

func main() {
	for team, pts := range scores {
		total := 0
		for _, p := range pts {
			total += p
		}
		fmt.Println(team, total)
	}
}
