package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Student struct {
	Name   string
	Group  string
	Scores []float64
}

type Summary struct {
	Group   string
	Count   int
	Mean    float64
	Median  float64
	StdDev  float64
	Top     string
	Failing []string
}

const passMark = 50.0

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

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	c := append([]float64(nil), xs...)
	sort.Float64s(c)
	if len(c)%2 == 1 {
		return c[len(c)/2]
	}
	return (c[len(c)/2-1] + c[len(c)/2]) / 2
}

func stddev(xs []float64) float64 {
	if len(xs) < 2 {
		return 0
	}
	m := average(xs)
	acc := 0.0
	for _, x := range xs {
		acc += (x - m) * (x - m)
	}
	return math.Sqrt(acc / float64(len(xs)-1))
}

func groupBy(students []Student) map[string][]Student {
	out := map[string][]Student{}
	for _, s := range students {
		out[s.Group] = append(out[s.Group], s)
	}
	return out
}

func summarise(group string, students []Student) Summary {
	sum := Summary{Group: group, Count: len(students)}
	var means []float64
	best := -1.0
	for _, s := range students {
		m := average(s.Scores)
		means = append(means, m)
		if m > best {
			best = m
			sum.Top = s.Name
		}
		if m < passMark {
			sum.Failing = append(sum.Failing, s.Name)
		}
	}
	sum.Mean = average(means)
	sum.Median = median(means)
	sum.StdDev = stddev(means)
	return sum
}

func render(ss []Summary) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-6s %3s %7s %7s %7s  %-6s %s\n", "group", "n", "mean", "median", "sd", "top", "failing")
	for _, s := range ss {
		fmt.Fprintf(&b, "%-6s %3d %7.2f %7.2f %7.2f  %-6s %s\n",
			s.Group, s.Count, s.Mean, s.Median, s.StdDev, s.Top, strings.Join(s.Failing, ","))
	}
	return b.String()
}

func main() {
	class := []Student{
		{"amir", "A", []float64{81, 92, 77}},
		{"bea", "A", []float64{95, 88}},
		{"chen", "A", nil},
		{"dana", "B", []float64{45, 52, 38}},
		{"emil", "B", []float64{70, 74}},
		{"fern", "B", []float64{66, 91, 84, 79}},
	}
	groups := groupBy(class)
	names := make([]string, 0, len(groups))
	for g := range groups {
		names = append(names, g)
	}
	sort.Strings(names)
	var summaries []Summary
	for _, g := range names {
		summaries = append(summaries, summarise(g, groups[g]))
	}
	fmt.Print(render(summaries))
	if average(class[1].Scores) != 91.5 || summaries[1].Top != "fern" || len(summaries[0].Failing) != 1 {
		panic("bad summary")
	}
}
