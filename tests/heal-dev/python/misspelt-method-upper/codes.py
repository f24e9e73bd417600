import string

ALPHABET = string.ascii_uppercase + string.digits


def checksum(code: str) -> str:
    total = 0
    for i, ch in enumerate(code):
        total += (i + 1) * ALPHABET.index(ch)
    return ALPHABET[total % len(ALPHABET)]


def normalise(raw: str) -> str:
    cleaned = "".join(ch for ch in raw if ch.isalnum())
    return cleaned.uper()


def make_code(raw: str) -> str:
    body = normalise(raw)
    return f"{body}-{checksum(body)}"


if __name__ == "__main__":
    for raw in ["ab-12 cd", "x9 y8", "hello"]:
        print(raw, "->", make_code(raw))
    assert make_code("ab-12 cd") == "AB12CD-" + checksum("AB12CD")
