import json

RAW = """
[
  {"name": "Ada Lovelace", "email": "ada@example.com", "active": true},
  {"name": "Alan Turing", "email": "alan@example.com", "active": false}
]
"""


def load_users(raw):
    return json.loads(raw)


def format_user(user):
    return f"{user.name} <{user['email']}>"


def active_users(users):
    return [format_user(u) for u in users if u["active"]]


if __name__ == "__main__":
    for line in active_users(load_users(RAW)):
        print(line)
