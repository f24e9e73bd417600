def parse_int_list(text: str) -> list[int]:
    out = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        try:
            out.append(int(part))
        except ValueError as err:
            continue
    return out


if __name__ == "__main__":
    print(parse_int_list("1, 2, x, 4,"))
