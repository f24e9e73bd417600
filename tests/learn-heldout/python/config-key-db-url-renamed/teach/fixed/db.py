"""Database connection settings."""
import json
from pathlib import Path

CONFIG_FILE = Path(__file__).with_name("config.json")


def load():
    return json.loads(CONFIG_FILE.read_text(encoding="utf-8"))


def pool_size(cfg):
    return int(cfg.get("pool_size", 5))


def connection_string():
    cfg = load()
    url = cfg["database_url"]
    if not url.startswith(("postgres://", "sqlite://")):
        raise ValueError(f"unsupported database url: {url}")
    return f"{url}?pool={pool_size(cfg)}"
