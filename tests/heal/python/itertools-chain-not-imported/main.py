def flatten(rows):
    return list(chain.from_iterable(rows))


print(flatten([[1, 2], [3]]))
