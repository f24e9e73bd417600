package main

import (
	"fmt"

	"github.com/google/uuid"
)

func newToken(prefix string) string {
	return fmt.Sprintf("%s_%s", prefix, uuid.NewString())
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(newToken("tok"))
	}
}
