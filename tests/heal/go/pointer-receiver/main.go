package main

import "fmt"

type Shape interface {
	Scale(factor float64)
	Area() float64
}

type Square struct{ side float64 }

func (s *Square) Scale(factor float64) { s.side *= factor }
func (s *Square) Area() float64         { return s.side * s.side }

func grow(s Shape) float64 {
	s.Scale(2)
	return s.Area()
}

func main() {
	sq := Square{side: 1.5}
	fmt.Println(grow(sq))
}
