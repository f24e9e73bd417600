package main

import "fmt"

type Student struct {
	Name   string
	Scores []int
}

func average(xs []int) float64 {
	if len(xs) == 0 {
		return 0
	}
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return float64(sum) / float64(len(xs))
}

func passing(students []Student, min float64) []string {
	var names []string
	for _, s := range students {
		if average(s.Scores) >= min {
			names = append(names, s.Name)
		}
	}
	return names
}

func main() {
	class := []Student{
		{"Ayla", []int{78, 85, 90}},
		{"Ben", []int{55, 60, 48}},
		{"Chen", []int{66, 71, 70}},
	}
	fmt.Println(passing(class, 65))
}
