import sys

PHOTO_EXTS = {".jpg", ".jpeg", ".png"}


def plan(directory):
    """Print how each photo would be renamed; nothing is changed on disk."""
    moves = []
    for i, name in enumerate(sorted(os.listdir(directory)), start=1):
        stem, ext = os.path.splitext(name)
        if ext.lower() not in PHOTO_EXTS:
            continue
        new = f"holiday-{i:03d}{ext.lower()}"
        moves.append((os.path.join(directory, name), os.path.join(directory, new)))
    return moves


if __name__ == "__main__":
    for old, new in plan(sys.argv[1]):
        print(f"{old} -> {new}")
