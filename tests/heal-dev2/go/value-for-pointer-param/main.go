package main

import "fmt"

type Settings struct {
	Verbose bool
	Workers int
	Output  string
}

func applyDefaults(s *Settings) {
	if s.Workers <= 0 {
		s.Workers = 4
	}
	if s.Output == "" {
		s.Output = "out/"
	}
}

func main() {
	s := Settings{Verbose: true}
	applyDefaults(s)
	fmt.Printf("%+v\n", s)
}
