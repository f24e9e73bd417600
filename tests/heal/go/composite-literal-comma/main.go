package main

import "fmt"

type Config struct {
	Host string
	Port int
}

func main() {
	cfg := Config{
		Host: "localhost",
		Port: 8080
	}
	fmt.Printf("%s:%d\n", cfg.Host, cfg.Port)
}
