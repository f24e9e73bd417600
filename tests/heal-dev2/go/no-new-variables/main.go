package main

import (
	"errors"
	"fmt"
)

type Account struct {
	Balance int
}

var errInsufficient = errors.New("insufficient funds")

func withdraw(a *Account, amount int) error {
	if amount > a.Balance {
		return errInsufficient
	}
	a.Balance -= amount
	return nil
}

func main() {
	acct := &Account{Balance: 100}
	err := withdraw(acct, 30)
	fmt.Println(acct.Balance, err)
	err := withdraw(acct, 500)
	fmt.Println(acct.Balance, err)
}
