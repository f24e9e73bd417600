"""Todo lists."""
from dataclasses import dataclass


@dataclass
class Task:
    title: str
    done: bool = False


@dataclass
class TodoList:
    name: str
    tasks: list = []

    def add(self, title):
        self.tasks.append(Task(title))
        return self

    def pending(self):
        return [t.title for t in self.tasks if not t.done]


home = TodoList("home").add("water plants").add("fix shelf")
work = TodoList("work").add("review PR")
print(home.name, home.pending())
print(work.name, work.pending())
