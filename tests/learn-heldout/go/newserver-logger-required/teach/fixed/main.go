package main

import (
	"fmt"
	"log"
	"os"

	"example.com/web/server"
)

func main() {
	logger := log.New(os.Stderr, "web ", log.LstdFlags)
	logger.Println("starting")
	s := server.NewServer(":8080", logger)
	s.Handle("/", "index")
	s.Handle("/health", "health")
	fmt.Println(s)
}
