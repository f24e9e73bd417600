package main

import "fmt"

type Counter struct{ count int }

func (c *Counter) Increment() { c.count++ }

func main() {
	var c Counter
	c.increment()
	fmt.Println(c.count)
}
