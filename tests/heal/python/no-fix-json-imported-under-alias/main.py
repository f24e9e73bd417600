import json as js


def dump(data):
    return json.dumps(data)


print(dump({"a": 1}))
