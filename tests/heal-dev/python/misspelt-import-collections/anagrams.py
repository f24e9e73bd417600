from colections import Counter


def is_anagram(a: str, b: str) -> bool:
    clean = lambda s: Counter(ch for ch in s.lower() if ch.isalpha())
    return clean(a) == clean(b)


def group(words: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for w in words:
        key = "".join(sorted(w.lower()))
        groups.setdefault(key, []).append(w)
    return [g for g in groups.values() if len(g) > 1]


if __name__ == "__main__":
    print(group(["listen", "silent", "enlist", "google", "banana", "tinsel"]))
    assert is_anagram("Dormitory", "dirty room")
    assert not is_anagram("abc", "abd")
