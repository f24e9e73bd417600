from helpers import settings_from

cfg = load_config("app.toml")
print("main:", cfg["path"])
