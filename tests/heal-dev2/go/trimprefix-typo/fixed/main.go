package main

import (
	"fmt"
	"strings"
)

func parseHeader(line string) (string, string, bool) {
	name, value, ok := strings.Cut(line, ":")
	if !ok {
		return "", "", false
	}
	return strings.ToLower(strings.TrimSpace(name)), strings.TrimSpace(value), true
}

func bearerToken(auth string) string {
	return strings.TrimPrefix(auth, "Bearer ")
}

func main() {
	name, value, _ := parseHeader("Authorization: Bearer abc.def")
	fmt.Println(name, "=>", bearerToken(value))
}
