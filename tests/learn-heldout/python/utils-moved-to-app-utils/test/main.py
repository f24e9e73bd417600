from datetime import date

from blog.render import Post, render_index

posts = [
    Post("First post", "Nothing to see here yet.", date(2026, 1, 2)),
    Post("On caching", "Caches are hard, and invalidation is harder still, they say.", date(2026, 3, 9)),
]
print(render_index(posts))
