package main

import (
	"fmt"

	"example.com/relay/server"
)

func main() { fmt.Println(server.Addr("0.0.0.0")) }
