package rank

import (
	"fmt"
	"io"
)

type Player struct {
	Name  string
	Score int
}

// Print writes players best-first, ties broken by name.
func Print(w io.Writer, players []Player) {
	sort.Slice(players, func(i, j int) bool {
		if players[i].Score != players[j].Score {
			return players[i].Score > players[j].Score
		}
		return players[i].Name < players[j].Name
	})
	for i, p := range players {
		fmt.Fprintf(w, "%2d. %-10s %6d\n", i+1, p.Name, p.Score)
	}
}
