class Color(Enum):
    RED = 1
    GREEN = 2


print(Color.RED.name)
