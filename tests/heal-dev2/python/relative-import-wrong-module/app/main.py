from .util import slugify


def permalink(year, title):
    return f"/{year}/{slugify(title)}/"


if __name__ == "__main__":
    print(permalink(2026, "Hello, Relative Imports!"))
