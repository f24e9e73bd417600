import os
import json


def dump(data):
    return json.dumps(data)


print(dump({"a": 1}))
