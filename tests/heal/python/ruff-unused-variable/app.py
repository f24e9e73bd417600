def total(values):
    count = len(values)
    return sum(values)


print(total([1, 2, 3]))
