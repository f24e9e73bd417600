package main

import (
	"fmt"
	"time"

	"example.com/sessions/cache"
)

func main() {
	sessions := cache.New(1000, 30*time.Minute)
	sessions.Put("tok-81f2", "user:42")
	user, ok := sessions.Get("tok-81f2")
	fmt.Printf("%s %v (checked %s)\n", user, ok, time.Now().Format(time.RFC3339))
	if !ok {
		panic("session lost")
	}
}
