package feeds

import (
	"errors"
	"strings"
)

type Config struct {
	URLs    []string
	Refresh int
}

func ParseConfig(text string) (Config, error) {
	var c Config
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, "https://") {
			err := errors.New("feed must use https: " + line)
			return err
		}
		c.URLs = append(c.URLs, line)
	}
	c.Refresh = 30
	return c, nil
}
