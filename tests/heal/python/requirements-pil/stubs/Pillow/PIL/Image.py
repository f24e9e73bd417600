"""Stand-in for Pillow's Image module."""
