import os

import yaml

DEFAULTS = {"region": "eu-west-1", "replicas": 2}


def load_settings(path="deploy.yaml"):
    settings = dict(DEFAULTS)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            settings.update(yaml.safe_load(fh) or {})
    return settings


if __name__ == "__main__":
    print(load_settings())
