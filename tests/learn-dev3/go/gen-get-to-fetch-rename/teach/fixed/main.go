package main

import (
	"fmt"

	"example.com/portal/accounts"
)

func main() {
	u, err := accounts.FetchUser(7)
	fmt.Println(u.Name, err)
}
