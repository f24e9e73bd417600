package main

import (
	"fmt"

	"example.com/parceltrack/internal/api"
)

func main() {
	c := api.NewClient("https://track.example.org")
	fmt.Println(c.TrackURL("PX-2291"))
}
