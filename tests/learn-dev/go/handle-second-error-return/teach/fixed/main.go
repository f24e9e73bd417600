package main

import (
	"fmt"
	"os"
	"strconv"
)

func laps(args []string) (int, error) {
	total := 0
	for _, a := range args {
		n, err := strconv.Atoi(a)
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

func main() {
	n, err := laps(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(n*50, "m")
}
