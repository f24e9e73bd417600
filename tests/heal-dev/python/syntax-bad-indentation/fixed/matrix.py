def transpose(m: list[list[int]]) -> list[list[int]]:
    return [list(row) for row in zip(*m)]


def matmul(a: list[list[int]], b: list[list[int]]) -> list[list[int]]:
    bt = transpose(b)
    out = []
    for row in a:
        new_row = []
        for col in bt:
            new_row.append(sum(x * y for x, y in zip(row, col)))
        out.append(new_row)
    return out


def show(m: list[list[int]]) -> str:
    return "\n".join(" ".join(f"{v:4d}" for v in row) for row in m)


if __name__ == "__main__":
    a = [[1, 2, 3], [4, 5, 6]]
    b = [[7, 8], [9, 10], [11, 12]]
    c = matmul(a, b)
    print(show(c))
    assert c == [[58, 64], [139, 154]]
