package hooks

type Hook func() string

func Build(names []string) []Hook {
	hooks := make([]Hook, 0, len(names))
	for _, name := range names {
		hooks = append(hooks, func() string { return "run " + name })
	}
	return hooks
}
