package main

import (
	"fmt"
	"strings"

	"example.com/shop/util"
)

type item struct {
	title string
	body  string
}

func render(items []item) string {
	var b strings.Builder
	b.WriteString("<feed>\n")
	for _, it := range items {
		fmt.Fprintf(&b, "  <entry id=%q>%s</entry>\n", util.Slug(it.title), util.Truncate(it.body, 30))
	}
	b.WriteString("</feed>")
	return b.String()
}

func main() {
	fmt.Println(render([]item{{"Autumn sale", "Everything must go, twenty percent off all mugs"}}))
}
