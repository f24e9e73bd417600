from slug import slugify

for t in ["Hello, World!", "  Release notes 2.1  "]:
    print(slugify(t))
