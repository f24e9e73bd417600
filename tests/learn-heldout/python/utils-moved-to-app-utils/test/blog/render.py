"""Render the index page of the blog."""
from dataclasses import dataclass
from datetime import date

from utils import slugify, truncate


@dataclass
class Post:
    title: str
    body: str
    published: date


def render_index(posts):
    rows = []
    for post in sorted(posts, key=lambda p: p.published, reverse=True):
        href = f"/posts/{post.published:%Y}/{slugify(post.title)}/"
        rows.append(f'<li><a href="{href}">{post.title}</a> {truncate(post.body)}</li>')
    return "<ul>\n" + "\n".join(rows) + "\n</ul>"
