package main

import "fmt"

type Queue struct {
	jobs []string
}

func (q *Queue) Status() string {
	count := len(q.jobs)
	return "queued jobs: " + count
}

func main() {
	q := &Queue{jobs: []string{"thumbnail", "transcode", "notify"}}
	fmt.Println(q.Status())
}
