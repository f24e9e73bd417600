"""Stand-in for the requests package."""


def get(url):
    return url
