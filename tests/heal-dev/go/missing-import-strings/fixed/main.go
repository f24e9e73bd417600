package main

import (
	"bufio"
	"fmt"
	"strings"
)

const text = `the quick brown fox
jumps over
the lazy dog`

func main() {
	sc := bufio.NewScanner(stringsReader(text))
	lines, words, chars := 0, 0, 0
	for sc.Scan() {
		line := sc.Text()
		lines++
		words += len(strings.Fields(line))
		chars += len(line) + 1
	}
	fmt.Println(lines, words, chars)
	if lines != 3 || words != 9 {
		panic("bad counts")
	}
}
