"""Domain models for the library catalogue."""
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Author:
    name: str
    born: int


@dataclass
class Book:
    title: str
    author: Author
    isbn: str
    tags: list = field(default_factory=list)

    def has_tag(self, tag):
        return tag in self.tags


class Catalogue:
    def __init__(self):
        self._books = {}

    def add(self, book):
        self._books[book.isbn] = book

    def find(self, isbn: str) -> Optional[Book]:
        return self._books.get(isbn)

    def by_author(self, name):
        return [b for b in self._books.values() if b.author.name == name]
