package main

import (
	"fmt"
	"sort"

	"example.org/foodtrucks/internal/util/geohash"
)

type truck struct {
	name     string
	lat, lon float64
}

func main() {
	trucks := []truck{
		{"Dumpling Dash", 52.5200, 13.4050},
		{"Taco Tide", 52.5163, 13.3777},
		{"Falafel Fox", 52.4990, 13.4180},
	}
	cells := map[string][]string{}
	for _, t := range trucks {
		h := geohash.Encode(t.lat, t.lon, 5)
		cells[h] = append(cells[h], t.name)
	}
	keys := make([]string, 0, len(cells))
	for k := range cells {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, cells[k])
	}
}
