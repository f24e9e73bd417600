"""Layered service configuration: defaults < file < environment."""
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULTS: dict[str, Any] = {
    "host": "127.0.0.1",
    "port": 8080,
    "debug": False,
    "workers": 2,
    "database": {"url": "sqlite:///app.db", "pool": 5, "timeout_s": 30},
    "features": [],
}

RAW = """
{
  "port": 9090,
  "debug": true,
  "database": {"pool": 12},
  "features": ["search", "export"],
  "extra": {"region": "eu-west"}
}
"""

ENV_PREFIX = "HEALDEV_"


@dataclass
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)

    def add(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    @property
    def ok(self) -> bool:
        return not self.problems


def merge(base: dict, override: dict) -> dict:
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out


def coerce(value: str, like: Any) -> Any:
    if isinstance(like, bool):
        return value.lower() in {"1", "true", "yes", "on"}
    if isinstance(like, int):
        return int(value)
    return value


def env_overrides(cfg: dict, environ: dict[str, str]) -> dict:
    out = dict(cfg)
    for key, value in environ.items():
        if not key.startswith(ENV_PREFIX):
            continue
        name = key[len(ENV_PREFIX):].lower()
        if name in out and not isinstance(out[name], (dict, list)):
            out[name] = coerce(value, out[name])
    return out


def validate(cfg: dict) -> Report:
    report = Report()
    if not 0 < cfg["port"] < 65536:
        report.add("port", "out of range")
    if cfg["workers"] < 1:
        report.add("workers", "must be at least 1")
    db = cfg["database"]
    if db["pool"] > 50:
        report.add("database.pool", "too large")
    for f in cfg["features"]:
        if not f.isidentifier():
            report.add("features", f"bad feature name {f!r}")
    unknown = set(cfg) - set(DEFAULTS)
    for k in sorted(unknown):
        report.add(k, "unknown key (ignored)")
    return report


def load(text: str, environ: dict[str, str]) -> dict:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("config must be an object")
    return env_overrides(merge(DEFAULTS, data), environ)


def dump(cfg: dict) -> str:
    return json.dumps(cfg, indent=2, sort_keys=True)


if __name__ == "__main__":
    cfg = load(RAW, {"HEALDEV_WORKERS": "6", "HEALDEV_DEBUG": "off", "OTHER": "x"})
    report = validate(cfg)
    print(dump(cfg))
    for p in report.problems:
        print("warning:", p)
    assert cfg["port"] == 9090 and cfg["workers"] == 6 and cfg["debug"] is False
    assert cfg["database"] == {"url": "sqlite:///app.db", "pool": 12, "timeout_s": 30}
    assert [str(p) for p in report.problems] == ["extra: unknown key (ignored)"]
    assert Path("config.py").exists() and os.sep == "/"
