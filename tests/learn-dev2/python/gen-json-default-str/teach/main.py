import json
from datetime import datetime


def audit_event(user, action):
    return {"user": user, "action": action, "at": datetime(2026, 3, 14, 9, 30)}


if __name__ == "__main__":
    event = audit_event("mara", "export-roster")
    print(json.dumps(event, sort_keys=True))
