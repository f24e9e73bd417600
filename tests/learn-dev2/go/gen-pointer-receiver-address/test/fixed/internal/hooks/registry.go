package hooks

// Default returns the hooks every server installs.
func Default() []Hook {
	return []Hook{
		AuditHook{},
		&MetricsHook{},
	}
}
