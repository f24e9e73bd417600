package main

import (
	"fmt"
	"sort"
)

var reasons = map[int]string{
	200: "OK",
	201: "Created",
	301: "Moved Permanently",
	404: "Not Found",
	500: "Internal Server Error"
}

func class(code int) string {
	switch code / 100 {
	case 2:
		return "success"
	case 3:
		return "redirect"
	case 4:
		return "client error"
	case 5:
		return "server error"
	}
	return "unknown"
}

func main() {
	codes := make([]int, 0, len(reasons))
	for c := range reasons {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	for _, c := range codes {
		fmt.Printf("%d %-22s %s\n", c, reasons[c], class(c))
	}
}
