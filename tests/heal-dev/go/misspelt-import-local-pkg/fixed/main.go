package main

import (
	"fmt"
	"sort"

	"example.com/library/catalogue"
)

func main() {
	c := catalogue.New()
	c.Add(catalogue.Book{ISBN: "9780141439518", Title: "Pride and Prejudice", Author: "Jane Austen", Year: 1813})
	c.Add(catalogue.Book{ISBN: "9780141439587", Title: "Emma", Author: "Jane Austen", Year: 1815})
	c.Add(catalogue.Book{ISBN: "9780141441146", Title: "Jane Eyre", Author: "Charlotte Bronte", Year: 1847})
	books := c.ByAuthor("jane austen")
	sort.Slice(books, func(i, j int) bool { return books[i].Year < books[j].Year })
	for _, b := range books {
		fmt.Println(b.Year, b.Title)
	}
	if len(books) != 2 {
		panic("expected two books")
	}
}
