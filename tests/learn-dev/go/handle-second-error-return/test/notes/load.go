package notes

import (
	"io"
	"os"
)

// Load returns the content of a field notebook file.
func Load(path string) (string, error) {
	f := os.Open(path)
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		return "", err
	}
	return string(b), nil
}
