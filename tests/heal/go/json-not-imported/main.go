package main

import "fmt"

type Config struct {
	Host string `json:"host"`
	Port int    `json:"port"`
}

func main() {
	data, err := json.Marshal(Config{Host: "localhost", Port: 8080})
	if err != nil {
		panic(err)
	}
	fmt.Println(string(data))
}
