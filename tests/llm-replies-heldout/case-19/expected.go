package main

import (
	"fmt"
	"os"
)

type fakeDB struct{}

func (fakeDB) Exec(q string) (int, error) { return 1, nil }

func run(db fakeDB) error {
	n, err := db.Exec("INSERT INTO users(name) VALUES ('seed')")
	if err != nil {
		return err
	}
	fmt.Println(n, "inserted")
	n, err = db.Exec("UPDATE users SET active = true")
	if err != nil {
		return err
	}
	fmt.Println(n, "activated")
	return nil
}

func main() {
	if err := run(fakeDB{}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
