package main

import (
	"fmt"

	"example.com/ops/monitor"
)

func main() {
	m := monitor.New(monitor.Config{Sender: "ops@example.com", Threshold: 90})
	fmt.Println(m.Check("dana@example.com", 95))
}
