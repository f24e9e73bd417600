"""Stand-in for the PyJWT package."""
