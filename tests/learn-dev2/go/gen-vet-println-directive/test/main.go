package main

import (
	"fmt"

	"example.com/mqbridge/internal/conn"
)

func main() {
	fmt.Println(conn.Dial([]string{"mq-1.internal", "mq-2.internal"}, 3))
}
