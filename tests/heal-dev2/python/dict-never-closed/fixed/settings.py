import os


def load_settings(env=os.environ):
    defaults = {
        "host": "127.0.0.1",
        "port": 8000,
        "debug": False,
    }
    settings = dict(defaults)
    if "APP_PORT" in env:
        settings["port"] = int(env["APP_PORT"])
    settings["debug"] = env.get("APP_DEBUG", "") == "1"
    return settings


if __name__ == "__main__":
    print(load_settings({"APP_PORT": "9000"}))
