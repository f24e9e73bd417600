"""Settings loader for the report generator."""
import json
import os

DEFAULTS = {
    "log_level": "info",
    "workers": 2,
    "timeout": 30,
}


def _merge(base, override):
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def read_config(path="config.json"):
    """Read the JSON config at *path* and merge it over DEFAULTS.

    (Renamed from load_config in 2.0.)
    """
    here = os.path.dirname(os.path.abspath(__file__))
    full = os.path.join(here, path)
    if not os.path.exists(full):
        return dict(DEFAULTS)
    with open(full, encoding="utf-8") as fh:
        return _merge(DEFAULTS, json.load(fh))
