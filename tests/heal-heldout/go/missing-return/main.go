package main

import "fmt"

func main() {
	for _, c := range []int{101, 204, 301, 404, 503, 999} {
		fmt.Println(c, statusClass(c))
	}
}
