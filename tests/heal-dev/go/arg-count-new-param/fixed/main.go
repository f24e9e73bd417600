package main

import "fmt"

func main() {
	s := NewServer(":9000", 100)
	accepted := 0
	for i := 0; i < 5; i++ {
		if err := s.Accept(); err != nil {
			fmt.Println(err)
			continue
		}
		accepted++
	}
	fmt.Println("accepted", accepted)
}
