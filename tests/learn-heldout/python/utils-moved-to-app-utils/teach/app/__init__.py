"""The blog application package."""
