"""Settings for the demo app. `load_config` was renamed `settings_from` last week."""


def settings_from(path):
    return {"path": path, "debug": False}
