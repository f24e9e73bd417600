package main

import (
	"bufio"
	"fmt"
	"strings"
)

const sample = `first line
second line has more words

last`

func main() {
	scanner := bufio.NewScanner(strings.NewReader(sample))
	lineCount, wordCount := 0, 0
	for scanner.Scan() {
		lineCount++
		wordCount += len(strings.Fields(scanner.Text()))
	}
	fmt.Printf("%d lines, %d words\n", lineCont, wordCount)
}
