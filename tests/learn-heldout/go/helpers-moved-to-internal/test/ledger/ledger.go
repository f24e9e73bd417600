package ledger

import (
	"fmt"
	"strings"

	"example.com/books/helpers"
)

type Entry struct {
	Label string
	Cents int64
}

func Render(entries []Entry) string {
	var b strings.Builder
	var total int64
	for _, e := range entries {
		total += e.Cents
		fmt.Fprintf(&b, "%-16s %14s\n", e.Label, helpers.FormatMoney(e.Cents))
	}
	fmt.Fprintf(&b, "%-16s %14s\n", "balance", helpers.FormatMoney(total))
	return b.String()
}
