"""What hello.py calls: greet() needs a name."""


def greet(name):
    return "hello " + name
