package main

import (
	"fmt"
	"strings"
)

type User struct {
	ID       int
	Username string
	Email    string
}

func mailingList(users []User) string {
	addrs := make([]string, 0, len(users))
	for _, u := range users {
		if u.Email == "" {
			continue
		}
		addrs = append(addrs, fmt.Sprintf("%s <%s>", u.Username, u.Email))
	}
	return strings.Join(addrs, ", ")
}

func main() {
	fmt.Println(mailingList([]User{{1, "ana", "ana@x.org"}, {2, "bo", ""}, {3, "cy", "cy@x.org"}}))
}
