import string


def password(length=12):
    return "".join(choice(string.ascii_letters) for _ in range(length))


print(len(password()))
