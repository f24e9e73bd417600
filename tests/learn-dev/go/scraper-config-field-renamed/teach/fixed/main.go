package main

import (
	"fmt"

	"example.org/tidetables/config"
)

var ports = []string{"brest", "cherbourg", "dunkerque"}

func main() {
	c := config.Scraper{
		BaseURL:   "https://tides.example.net/",
		TimeoutSeconds: 15,
		UserAgent: "tidetables/0.3",
	}
	for _, p := range ports {
		fmt.Printf("GET %s%s (deadline %v)\n", c.BaseURL, p, c.Deadline())
	}
}
