package sync

import (
	"time"

	"example.com/parcelsync/internal/api"
)

// Poller refreshes a set of parcels at a fixed interval.
type Poller struct {
	client   *api.Client
	interval time.Duration
	ids      []string
}

func NewPoller(ids []string) *Poller {
	return &Poller{
		client:   api.NewClient("https://track.example.org"),
		interval: 5 * time.Minute,
		ids:      ids,
	}
}

func (p *Poller) URLs() []string {
	out := make([]string, 0, len(p.ids))
	for _, id := range p.ids {
		out = append(out, p.client.TrackURL(id))
	}
	return out
}
