"""Static blog: build output paths from post titles."""
from textkit import slugify
import os

POSTS = ["Hello, World!", "Sourdough: week 3", "Why I moved to Tallinn"]

for title in POSTS:
    print(os.path.join("public", slugify(title) + ".html"))
