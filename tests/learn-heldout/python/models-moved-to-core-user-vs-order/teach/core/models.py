"""Shared domain models (moved from models.py into core/)."""
from dataclasses import dataclass


@dataclass(frozen=True)
class User:
    id: int
    name: str
    email: str

    @property
    def domain(self):
        return self.email.rsplit("@", 1)[-1]
