package ferry

import "time"

// Sailing is one departure on the island route.
type Sailing struct {
	From, To string
	At       time.Duration // since midnight
}

var timetable = []Sailing{
	{"Harbour", "Skerry", 7 * time.Hour},
	{"Harbour", "Skerry", 9*time.Hour + 30*time.Minute},
	{"Skerry", "Harbour", 8 * time.Hour},
	{"Harbour", "Skerry", 13 * time.Hour},
}

// NextSailing was called NextDeparture before the route split.
func NextSailing(from string, now time.Duration) (Sailing, bool) {
	for _, s := range timetable {
		if s.From == from && s.At >= now {
			return s, true
		}
	}
	return Sailing{}, false
}
