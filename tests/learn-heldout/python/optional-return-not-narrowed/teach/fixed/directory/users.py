"""User directory."""
from dataclasses import dataclass


@dataclass
class User:
    login: str
    email: str
    disabled: bool = False


class Directory:
    def __init__(self, users: list[User]) -> None:
        self._by_login = {u.login: u for u in users}

    def find_user(self, login: str) -> User | None:
        return self._by_login.get(login)

    def active(self) -> list[User]:
        return [u for u in self._by_login.values() if not u.disabled]


def contact_address(directory: Directory, login: str) -> str:
    user = directory.find_user(login)
    if user is None:
        raise KeyError(f"unknown user {login!r}")
    return user.email
