package main

import (
	"fmt"

	"example.com/tracker/geo"
)

func main() {
	route := []geo.Coord{
		{Lat: 48.8566, Lon: 2.3522},
		{Lat: 50.8503, Lon: 4.3517},
		{Lat: 52.3676, Lon: 4.9041},
	}
	total := 0.0
	for i := 1; i < len(route); i++ {
		total += geo.Haversine(route[i-1], route[i])
	}
	fmt.Printf("route length %.0f km\n", total)
	if total < 400 || total > 480 {
		panic("implausible distance")
	}
}
