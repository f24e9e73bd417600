def describe(order):
    names = ", ".join(item["name"] for item in order)
    return f"{len(order)} items ({names}), featured: {product}"


print(describe([{"name": "tea"}]))
