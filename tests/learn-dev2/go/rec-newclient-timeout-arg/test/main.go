package main

import (
	"fmt"

	"example.com/parcelsync/internal/sync"
)

func main() {
	for _, u := range sync.NewPoller([]string{"PX-1", "PX-2"}).URLs() {
		fmt.Println(u)
	}
}
