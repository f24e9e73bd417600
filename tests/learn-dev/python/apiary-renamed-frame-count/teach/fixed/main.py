import hive


def inspect(h):
    lines = [f"hive {h.name}"]
    lines.append(f"  honey: {hive.honey_weight(h)} g")
    lines.append(f"  brood ratio: {hive.brood_ratio(h):.2f}")
    lines.append(f"  frames: {hive.frame_total(h)}")
    return "\n".join(lines)


if __name__ == "__main__":
    h = hive.Hive("linden")
    for kind, w in [("brood", 0), ("honey", 2100), ("honey", 1800), ("empty", 0)]:
        h.add(hive.Frame(kind, w))
    print(inspect(h))
