package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func writeSnapshot(dir string, data []byte) error {
	f, err := os.Create(filepath.Join(dir, "snapshot.bin"))
	if err != nil {
		return err
	}
	defer f.Close()
	n, err := f.Write(data)
	return err
}

func main() {
	dir, _ := os.MkdirTemp("", "snap")
	defer os.RemoveAll(dir)
	fmt.Println("snapshot error:", writeSnapshot(dir, []byte("state-v3")))
}
