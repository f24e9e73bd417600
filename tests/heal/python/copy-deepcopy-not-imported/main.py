DEFAULTS = {"retries": 3, "hosts": ["a", "b"]}


def settings(**overrides):
    merged = deepcopy(DEFAULTS)
    merged.update(overrides)
    return merged


print(settings(retries=5))
