def letter(score: float) -> str:
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    return "F"


def summary(scores: dict[str, float]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, s in sorted(scores.items()):
        out.setdefault(letter(s), []).append(name)
    return out


if __name__ == "__main__":
    s = summary({"ana": 91.5, "ben": 78, "cy": 64, "dee": 88, "eli": 42})
    print(s)
    assert s == {"A": ["ana"], "B": ["dee"], "C": ["ben"], "D": ["cy"], "F": ["eli"]}
