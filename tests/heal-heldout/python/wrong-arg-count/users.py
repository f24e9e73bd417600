from dataclasses import dataclass


@dataclass
class User:
    name: str
    email: str
    is_admin: bool


def make_user(name, email, is_admin):
    return User(name=name.strip(), email=email.strip().lower(), is_admin=is_admin)
