package api

import "time"

// Client talks to the parcel-tracking API.
type Client struct {
	BaseURL string
	Timeout time.Duration
}

// NewClient now requires an explicit timeout.
func NewClient(baseURL string, timeout time.Duration) *Client {
	return &Client{BaseURL: baseURL, Timeout: timeout}
}

func (c *Client) TrackURL(id string) string {
	return c.BaseURL + "/v2/parcels/" + id
}
