import json
from dataclasses import asdict, dataclass


@dataclass
class Task:
    id: int
    title: str
    done: bool = False


def export_tasks(tasks):
    payload = {"version": 1, "tasks": [asdict(t) for t in tasks]}
    return json.dumps(payload, indent=2, sort_keys=True)


if __name__ == "__main__":
    tasks = [Task(1, "write tests"), Task(2, "fix bug", done=True)]
    print(export_tasks(tasks))
