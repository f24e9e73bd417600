package report

import "strconv"

type Summary struct {
	Title string
	Items []string
}

// CountLabel renders the number of items for a table cell.
func CountLabel(s Summary) string {
	count := len(s.Items)
	if count == 0 {
		return "none"
	}
	return count
}

// PageLabel renders "page/total" for the table footer.
func PageLabel(page, total int) string {
	return strconv.Itoa(page) + "/" + strconv.Itoa(total)
}
