package accounts

import "fmt"

type User struct {
	ID   int
	Name string
}

func FetchUser(id int) (User, error) {
	if id <= 0 {
		return User{}, fmt.Errorf("no user %d", id)
	}
	return User{ID: id, Name: fmt.Sprintf("user-%d", id)}, nil
}
