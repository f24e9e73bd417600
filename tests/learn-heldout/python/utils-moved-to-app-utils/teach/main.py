from utils import slugify

TITLES = [
    "Hello, World!",
    "Crème brûlée for beginners",
    "  10 tips -- for better   sleep ",
]

for title in TITLES:
    print(f"{slugify(title):40} <- {title!r}")
