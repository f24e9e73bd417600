package main

import (
	"fmt"

	"example.com/relay/probe"
)

func main() { fmt.Printf("%+v\n", probe.Default.WithHost("relay-2")) }
