package catalogue

import "strings"

type Book struct {
	ISBN   string
	Title  string
	Author string
	Year   int
}

type Catalogue struct{ books map[string]Book }

func New() *Catalogue { return &Catalogue{books: map[string]Book{}} }

func (c *Catalogue) Add(b Book) { c.books[b.ISBN] = b }

func (c *Catalogue) ByAuthor(name string) []Book {
	var out []Book
	for _, b := range c.books {
		if strings.EqualFold(b.Author, name) {
			out = append(out, b)
		}
	}
	return out
}
