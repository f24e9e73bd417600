class User:
    def __init__(self, name: str) -> None:
        self.name = name


def greeting(user: User) -> str:
    return "hello " + user.nme
