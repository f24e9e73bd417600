package main

import (
	"fmt"
	"path/filepth"
	"sort"
	"strings"
)

var imageExts = map[string]bool{".jpg": true, ".jpeg": true, ".png": true}

func isImage(name string) bool {
	return imageExts[strings.ToLower(filepath.Ext(name))]
}

func albumOf(path string) string {
	return filepath.Base(filepath.Dir(path))
}

func groupByAlbum(paths []string) map[string][]string {
	albums := map[string][]string{}
	for _, p := range paths {
		if isImage(p) {
			a := albumOf(p)
			albums[a] = append(albums[a], filepath.Base(p))
		}
	}
	return albums
}

func main() {
	files := []string{
		"/photos/2026/lisbon/tram.JPG",
		"/photos/2026/lisbon/notes.txt",
		"/photos/2026/porto/bridge.png",
		"/photos/2026/lisbon/castle.jpeg",
	}
	albums := groupByAlbum(files)
	names := make([]string, 0, len(albums))
	for a := range albums {
		names = append(names, a)
	}
	sort.Strings(names)
	for _, a := range names {
		fmt.Println(a, albums[a])
	}
}
