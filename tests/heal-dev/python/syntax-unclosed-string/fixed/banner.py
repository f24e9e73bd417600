def box(lines: list[str], pad: int = 1) -> str:
    width = max(len(l) for l in lines) + 2 * pad
    top = "+" + "-" * width + "+"
    body = [f"|{' ' * pad}{l.ljust(width - 2 * pad)}{' ' * pad}|" for l in lines]
    return "\n".join([top, *body, top])


def title(name: str, version: str) -> list[str]:
    return [f"{name} v{version}", f"built for {name.lower()}-users"]


if __name__ == "__main__":
    out = box(title("Orbit", "2.1"))
    print(out)
    assert out.splitlines()[2] == "| built for orbit-users |"
