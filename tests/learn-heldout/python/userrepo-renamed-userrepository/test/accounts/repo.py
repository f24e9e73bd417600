"""Persistence for users (class renamed from UserRepo to UserRepository)."""
from dataclasses import dataclass


@dataclass
class User:
    id: int
    email: str
    admin: bool = False


class UserRepository:
    def __init__(self) -> None:
        self._rows: dict[int, User] = {}

    def save(self, user: User) -> None:
        self._rows[user.id] = user

    def get(self, user_id: int) -> User | None:
        return self._rows.get(user_id)

    def admins(self) -> list[User]:
        return [u for u in self._rows.values() if u.admin]
