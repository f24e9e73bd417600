"""Append-only audit log."""
import datetime
import json

ENTRIES = []


def record(actor, action, target):
    entry = {
        "at": datetime.now().isoformat(),
        "actor": actor,
        "action": action,
        "target": target,
    }
    ENTRIES.append(entry)
    return entry


def dump():
    return "\n".join(json.dumps(e, sort_keys=True) for e in ENTRIES)


if __name__ == "__main__":
    record("ada", "delete", "post/17")
    record("bob", "publish", "post/18")
    print(dump())
