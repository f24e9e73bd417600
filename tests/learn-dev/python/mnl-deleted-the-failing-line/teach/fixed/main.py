"""Election night tally."""
import fmt

VOTES = {"Harlow": 18234, "Byrne": 15410, "Oduya": 4021}


def show():
    total = sum(VOTES.values())
    for name, n in sorted(VOTES.items(), key=lambda kv: -kv[1]):
        print(f"{name:<8} {fmt.format_count(n):>8}")


show()
