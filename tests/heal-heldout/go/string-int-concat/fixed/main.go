package main

import (
	"fmt"
	"strconv"
)

func label(name string, count int) string {
	if count == 1 {
		return name
	}
	return name + " (" + strconv.Itoa(count) + ")"
}

func main() {
	ports := []string{"80", "443"}
	for i, p := range ports {
		n, _ := strconv.Atoi(p)
		fmt.Println(label("port "+p, n%100+i))
	}
}
