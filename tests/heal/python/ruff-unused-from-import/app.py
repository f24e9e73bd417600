import json
from pathlib import Path


def dump(data):
    return json.dumps(data)


print(dump({"a": 1}))
