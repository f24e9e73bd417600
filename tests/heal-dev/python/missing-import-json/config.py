from pathlib import Path

DEFAULTS = {"host": "127.0.0.1", "port": 8080, "debug": False, "workers": 2}

RAW = """
{
  "port": 9090,
  "debug": true,
  "extra": {"region": "eu-west"}
}
"""


def merge(base: dict, override: dict) -> dict:
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out


def load(text: str) -> dict:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("config must be an object")
    return merge(DEFAULTS, data)


if __name__ == "__main__":
    cfg = load(RAW)
    print(cfg)
    assert cfg["port"] == 9090 and cfg["workers"] == 2 and cfg["debug"] is True
    assert Path("config.py").exists()
