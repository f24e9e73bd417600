from typing import Sequence


def render_row(cells: Sequence[str], width: int) -> str:
    return "|".join(c.ljust(width) for c in cells)


def render(rows: Sequence[Sequence[str]], width: int = 10) -> str:
    return "\n".join(render_row(r, width) for r in rows)


def main() -> None:
    rows = [["name", "qty"], ["bolts", "120"], ["nuts", "85"]]
    print(render(rows, width="12"))


if __name__ == "__main__":
    main()
