"""Stand-in for the opencv-python package."""
