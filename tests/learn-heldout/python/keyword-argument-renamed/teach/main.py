from pagination import page_count, paginate

ARTICLES = [f"article-{n:03}" for n in range(1, 48)]


def render_page(page):
    rows = paginate(ARTICLES, page=page, size=10)
    header = f"page {page}/{page_count(len(ARTICLES), page_size=10)}"
    return header + "\n" + "\n".join("  " + r for r in rows)


print(render_page(5))
