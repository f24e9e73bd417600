package main

import "fmt"

func main() {
	out, err := exec.Command("echo", "from a child process").Output()
	if err != nil {
		panic(err)
	}
	fmt.Print(string(out))
}
