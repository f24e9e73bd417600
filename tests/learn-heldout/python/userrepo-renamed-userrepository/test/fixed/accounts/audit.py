"""Periodic audit of privileged accounts."""
from datetime import date

from accounts.repo import UserRepository


def audit_line(email: str, today: date) -> str:
    return f"{today.isoformat()} admin {email}"


def audit_admins(repo: UserRepository, today: date) -> list[str]:
    lines = []
    for user in repo.admins():
        lines.append(audit_line(user.email, today))
    return sorted(lines)


def make_repo() -> UserRepository:
    return UserRepository()
