package main

import "fmt"

func main() {
	sum := sha256.Sum256([]byte("hello"))
	fmt.Printf("%x\n", sum[:4])
}
