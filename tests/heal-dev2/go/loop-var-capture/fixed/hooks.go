package hooks

type Hook func() string

func Build(names []string) []Hook {
	hooks := make([]Hook, 0, len(names))
	for _, name := range names {
		name := name
		hooks = append(hooks, func() string { return "run " + name })
	}
	return hooks
}
