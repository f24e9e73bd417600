package main

import (
	"fmt"

	"example.com/gateway/internal/server"
)

func main() {
	s, err := server.FromText("name = gw\nport = 8443\n")
	fmt.Println(s, err)
}
