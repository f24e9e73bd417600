package main

import "fmt"

type user struct {
	name  string
	email string
	posts int
}

func summary(u user) string {
	return fmt.Sprintf("user %d has %d posts", u.name, u.posts)
}

func main() {
	users := []user{{"ada", "ada@example.org", 12}, {"bob", "bob@example.org", 0}}
	for _, u := range users {
		fmt.Println(summary(u))
	}
}
