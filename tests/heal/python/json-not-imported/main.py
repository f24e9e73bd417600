def render(data):
    return json.dumps(data, indent=2)


print(render({"ok": True}))
