package httpx

import (
	"net/http"
	"time"
)

func backoff(attempt int, base time.Duration) time.Duration {
	return base * time.Duration(1<<attempt)
}

// GetWithRetry retries GET requests that fail with a network error.
func GetWithRetry(c *http.Client, url string, tries int) (*http.Response, error) {
	base, max := 100*time.Millisecond, 5*time.Second
	var lastErr error
	for attempt := 0; attempt < tries; attempt++ {
		resp, err := c.Get(url)
		if err == nil {
			return resp, nil
		}
		lastErr = err
		d := backoff(attempt, base)
		if d > max {
			d = max
		}
		time.Sleep(d)
	}
	return nil, lastErr
}
