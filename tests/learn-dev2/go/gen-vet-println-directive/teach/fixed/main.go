package main

import "fmt"

func syncDir(files []string) int {
	n := 0
	for _, f := range files {
		if f != "" {
			n++
		}
	}
	return n
}

func main() {
	n := syncDir([]string{"a.txt", "b.txt", "", "c.txt"})
	fmt.Printf("synced %d files\n", n)
}
