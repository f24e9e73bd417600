package main

import (
	"fmt"
	"time"

	"example.com/parceltrack/internal/api"
)

func main() {
	c := api.NewClient("https://track.example.org", 10*time.Second)
	fmt.Println(c.TrackURL("PX-2291"))
}
