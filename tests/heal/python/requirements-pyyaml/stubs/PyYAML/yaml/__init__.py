"""Stand-in for the PyYAML package."""
