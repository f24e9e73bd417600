package client

import (
	"errors"
	"fmt"
	"time"
)

var ErrUnavailable = errors.New("service unavailable")

type Doer func() error

type Client struct {
	Name    string
	Backoff time.Duration
	sleep   func(time.Duration)
}

func New(name string) *Client {
	return &Client{Name: name, Backoff: 100 * time.Millisecond, sleep: time.Sleep}
}

// Do runs fn until it succeeds or the retries are exhausted.
func (c *Client) Do(fn Doer) error {
	var err error
	for attempt := 0; attempt < maxRetries; attempt++ {
		if err = fn(); err == nil {
			return nil
		}
		if !errors.Is(err, ErrUnavailable) {
			return err
		}
		c.sleep(c.Backoff << attempt)
	}
	return fmt.Errorf("%s: giving up: %w", c.Name, err)
}
