package main

import (
	"fmt"
	"strconv"
)

type Queue struct {
	jobs []string
}

func (q *Queue) Status() string {
	count := len(q.jobs)
	return "queued jobs: " + strconv.Itoa(count)
}

func main() {
	q := &Queue{jobs: []string{"thumbnail", "transcode", "notify"}}
	fmt.Println(q.Status())
}
