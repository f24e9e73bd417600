package main

import "fmt"

func main() {
	fmt.Println(formatLine("info", "server started", map[string]string{"port": "8080"}))
	fmt.Println(formatLine("info", "shutting down", nil))
}
