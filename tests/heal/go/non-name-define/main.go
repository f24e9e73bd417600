package main

import "fmt"

type Server struct {
	Host string
	Port int
}

func main() {
	s := Server{Host: "localhost"}
	s.Port := 8080
	fmt.Println(s.Host, s.Port)
}
