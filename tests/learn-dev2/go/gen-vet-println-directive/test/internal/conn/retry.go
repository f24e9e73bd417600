package conn

import (
	"errors"
	"log"
	"time"
)

var errRefused = errors.New("connection refused")

// Dial tries each broker in turn, logging every retry.
func Dial(hosts []string, attempts int) (string, error) {
	for i := 0; i < attempts; i++ {
		for _, host := range hosts {
			if host == "mq-2.internal" && i > 0 {
				return host, nil
			}
			log.Println("retrying %s after error", host)
			time.Sleep(time.Millisecond)
		}
	}
	return "", errRefused
}
