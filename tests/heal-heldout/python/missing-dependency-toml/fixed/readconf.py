import tomllib


def load_project(path="pyproject.toml"):
    with open(path, "rb") as f:
        data = tomllib.load(f)
    project = data["project"]
    targets = data.get("tool", {}).get("readconf", {}).get("targets", [])
    return project["name"], project["version"], targets


if __name__ == "__main__":
    name, version, targets = load_project()
    print(f"{name} {version}: {', '.join(targets)}")
