package main

import "fmt"

type Student struct {
	Name   string
	Scores []float64
}

func average(scores []float64) float64 {
	if len(scores) == 0 {
		return 0
	}
	sum := 0.0
	for _, s := range scores {
		sum += s
	}
	n := len(scores)
	return sum / float64(n)
}

func main() {
	class := []Student{
		{"amir", []float64{81, 92, 77}},
		{"bea", []float64{95, 88}},
		{"chen", nil},
	}
	for _, s := range class {
		fmt.Printf("%-5s %.2f\n", s.Name, average(s.Scores))
	}
	if average(class[1].Scores) != 91.5 {
		panic("bad average")
	}
}
