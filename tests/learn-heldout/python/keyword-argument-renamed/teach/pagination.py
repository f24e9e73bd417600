"""Pagination helpers."""


def paginate(items, page=1, page_size=20):
    """Return one page of *items* (keyword ``size`` was renamed ``page_size``)."""
    if page < 1:
        raise ValueError("page starts at 1")
    start = (page - 1) * page_size
    return items[start:start + page_size]


def page_count(total, page_size=20):
    return max(1, -(-total // page_size))
