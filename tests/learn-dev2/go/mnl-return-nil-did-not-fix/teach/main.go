package main

import (
	"fmt"

	"example.com/feedreader/internal/feeds"
)

func main() {
	fmt.Println(feeds.ParseConfig("https://blog.example/rss\nhttps://news.example/atom"))
}
