"""Writes settings as JSON."""


def save(settings):
    return json.dumps(settings, indent=2)


print(save({"debug": True}))
