package main

import (
	"fmt"

	"example.com/portal/accounts"
)

func main() {
	u, err := accounts.GetUser(7)
	fmt.Println(u.Name, err)
}
