package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Stack struct{ items []float64 }

func (s *Stack) Push(v float64) { s.items = append(s.items, v) }

func (s *Stack) Pop() (float64, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func eval(expr string) (float64, error) {
	var st Stack
	for _, tok := range strings.Fields(expr) {
		if n, err := strconv.ParseFloat(tok, 64); err == nil {
			st.Push(n)
			continue
		}
		b, ok1 := st.Pop()
		a, ok2 := st.Pop()
		if !ok1 || !ok2 {
			return 0, fmt.Errorf("stack underflow at %q", tok)
		}
		switch tok {
		case "+":
			st.Push(a + b)
		case "-":
			st.Push(a - b)
		case "*":
			st.Push(a * b)
		case "/":
			st.Push(a / b)
		default:
			return 0, fmt.Errorf("unknown operator %q", tok)
		}
	}
	v, ok := st.Pop()
	if !ok {
		return 0, fmt.Errorf("empty expression")
	}
	return v, nil
}

func main() {
	v, err := eval("3 4 + 2 * 7 /")
	fmt.Println(v, err)
	if err != nil || v != 2 {
		panic("wrong result")
	}
}
