import json

DEFAULTS = {
    "theme": "light",
    "page_size": 25
    "languages": ["en", "de"],
}

ALLOWED_KEYS = [
    "theme",
    "page_size",
    "languages",
    "timezone",
]


def merge(user: dict[str, object]) -> dict[str, object]:
    unknown = sorted(set(user) - set(ALLOWED_KEYS))
    if unknown:
        raise KeyError(f"unknown settings: {unknown}")
    merged = dict(DEFAULTS)
    merged.update(user)
    return merged


if __name__ == "__main__":
    result = merge(json.loads('{"page_size": 50, "timezone": "UTC"}'))
    print(result)
    assert result["page_size"] == 50
