package main

import "fmt"

func main() {
	data, err := ioutil.ReadFile("go.mod")
	if err != nil {
		panic(err)
	}
	fmt.Println(len(data) > 0)
}
