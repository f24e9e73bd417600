package main

import (
	"fmt"

	"example.com/minihttp/internal/server"
)

func main() {
	addr, err := server.ListenAddr(server.Options{Host: "127.0.0.1", Port: 8088})
	fmt.Println(addr, err)
}
