DEFAULTS = {
    "host": "127.0.0.1",
    "port": 8080,
    "debug": False
    "workers": 4,
    "log_level": "info",
}


def merged(overrides):
    cfg = dict(DEFAULTS)
    for key, value in overrides.items():
        if key not in cfg:
            raise KeyError(f"unknown setting {key}")
        cfg[key] = value
    return cfg


if __name__ == "__main__":
    cfg = merged({"port": 9000, "debug": True})
    print(", ".join(f"{k}={v}" for k, v in cfg.items()))
