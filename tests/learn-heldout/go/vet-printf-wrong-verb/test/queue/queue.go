package queue

import (
	"log"
	"time"
)

type Job struct {
	ID       string
	Attempts int
	Enqueued time.Time
}

// Retry re-enqueues j and logs how often it was tried.
func Retry(q chan<- Job, j Job, logger *log.Logger) {
	j.Attempts++
	if j.Attempts > 3 {
		logger.Printf("job %s dropped after %d attempts", j.ID, j.Attempts)
		return
	}
	logger.Printf("retrying job %s (attempt %s)", j.ID, j.Attempts)
	q <- j
}
