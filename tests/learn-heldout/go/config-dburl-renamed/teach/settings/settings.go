package settings

// Config holds database settings. DBURL was renamed DatabaseURL.
type Config struct {
	DatabaseURL string
	MaxOpen     int
	ReadOnly    bool
}

func Default() Config {
	return Config{DatabaseURL: "postgres://localhost/app", MaxOpen: 10}
}
