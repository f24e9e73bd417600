package main

import "fmt"

type Route struct {
	Method  string
	Path    string
	Handler string
}

var routes = []Route{
	{Method: "GET", Path: "/health", Handler: "health"},
	{Method: "GET", Path: "/users", Handler: "listUsers"},
	{Method: "POST", Path: "/users", Handler: "createUser"}
}

func main() {
	for _, r := range routes {
		fmt.Printf("%-5s %-8s %s\n", r.Method, r.Path, r.Handler)
	}
}
