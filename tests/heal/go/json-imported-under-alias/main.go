package main

import (
	"fmt"

	j "encoding/json"
)

func main() {
	raw := []byte(`{"name": "gopher"}`)
	if !j.Valid(raw) {
		panic("invalid JSON")
	}
	var v map[string]string
	if err := json.Unmarshal(raw, &v); err != nil {
		panic(err)
	}
	fmt.Println(v["name"])
}
