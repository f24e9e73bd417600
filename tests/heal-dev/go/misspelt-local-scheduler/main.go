package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Priority int

const (
	Low Priority = iota
	Normal
	High
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Normal:
		return "normal"
	case High:
		return "high"
	}
	return "unknown"
}

type Job struct {
	Name     string
	Priority Priority
	Duration time.Duration
	Due      time.Time
}

type Plan struct {
	Start time.Time
	Slots []Slot
}

type Slot struct {
	Job   Job
	Begin time.Time
	End   time.Time
	Late  bool
}

var ErrEmpty = errors.New("no jobs to schedule")

func order(jobs []Job) []Job {
	out := make([]Job, len(jobs))
	copy(out, jobs)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Priority != out[j].Priority {
			return out[i].Priority > out[j].Priority
		}
		return out[i].Due.Before(out[j].Due)
	})
	return out
}

func schedule(start time.Time, jobs []Job) (Plan, error) {
	if len(jobs) == 0 {
		return Plan{}, ErrEmpty
	}
	plan := Plan{Start: start}
	cursor := start
	for _, j := range order(jobs) {
		end := cursor.Add(j.Duration)
		deadline := j.Due
		plan.Slots = append(plan.Slots, Slot{
			Job:   j,
			Begin: cursor,
			End:   end,
			Late:  end.After(dealine),
		})
		cursor = end
	}
	return plan, nil
}

func (p Plan) LateJobs() []string {
	var names []string
	for _, s := range p.Slots {
		if s.Late {
			names = append(names, s.Job.Name)
		}
	}
	return names
}

func (p Plan) String() string {
	var b strings.Builder
	for _, s := range p.Slots {
		mark := ""
		if s.Late {
			mark = " LATE"
		}
		fmt.Fprintf(&b, "%s-%s %-10s %-6s%s\n",
			s.Begin.Format("15:04"), s.End.Format("15:04"), s.Job.Name, s.Job.Priority, mark)
	}
	return b.String()
}

func main() {
	start := time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)
	at := func(h, m int) time.Time { return time.Date(2026, 5, 4, h, m, 0, 0, time.UTC) }
	jobs := []Job{
		{"reports", Normal, 90 * time.Minute, at(12, 0)},
		{"hotfix", High, 45 * time.Minute, at(10, 0)},
		{"backups", Low, 30 * time.Minute, at(17, 0)},
		{"review", Normal, 60 * time.Minute, at(11, 0)},
	}
	plan, err := schedule(start, jobs)
	if err != nil {
		panic(err)
	}
	fmt.Print(plan)
	late := plan.LateJobs()
	fmt.Println("late:", late)
	if len(late) != 1 || late[0] != "reports" {
		panic("unexpected late jobs")
	}
}
