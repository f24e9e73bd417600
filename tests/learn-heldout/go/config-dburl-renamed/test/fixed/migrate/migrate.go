package migrate

import (
	"errors"
	"strings"

	"example.com/migrator/settings"
)

// Target returns the driver name for the configured database.
func Target(cfg settings.Config) (string, error) {
	switch {
	case strings.HasPrefix(cfg.DatabaseURL, "postgres://"):
		return "postgres", nil
	case strings.HasPrefix(cfg.DatabaseURL, "sqlite://"):
		return "sqlite", nil
	}
	return "", errors.New("unsupported database url")
}
