"""Apply schema migrations in order."""
import json
from pathlib import Path

MIGRATIONS = [
    ("0001_users", "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)"),
    ("0002_orders", "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER)"),
    ("0003_index", "CREATE INDEX orders_user ON orders(user_id)"),
]


def settings():
    path = Path(__file__).with_name("config.json")
    return json.loads(path.read_text(encoding="utf-8"))


def plan(applied):
    return [name for name, _ in MIGRATIONS if name not in applied]


def target():
    cfg = settings()
    return cfg["database_url"]


if __name__ == "__main__":
    todo = plan({"0001_users"})
    print(f"migrating {target()}: {', '.join(todo)}")
