from dataclasses import dataclass, field
from statistics import median


@dataclass
class Student:
    name: str
    marks: list = field(default_factory=list)

    def graded(self):
        return bool(self.marks)

    def summary(self):
        if not self.graded():
            return f"{self.name:<8} no marks yet"
        return f"{self.name:<8} median {median(self.marks):>5}  best {max(self.marks):>3}"


class GradeBook:
    def __init__(self):
        self.students = {}

    def add(self, name, *marks):
        self.students.setdefault(name, Student(name)).marks.extend(marks)

    def table(self):
        rows = sorted(self.students.values(), key=lambda s: (not s.graded(), s.name))
        return [s.summary() for s in rows]
