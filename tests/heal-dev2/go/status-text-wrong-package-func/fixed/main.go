package main

import (
	"fmt"
	"net/http"
)

func describe(code int) string {
	return fmt.Sprintf("%d %s", code, http.StatusText(code))
}

func main() {
	for _, c := range []int{200, 404, 503} {
		fmt.Println(describe(c))
	}
}
