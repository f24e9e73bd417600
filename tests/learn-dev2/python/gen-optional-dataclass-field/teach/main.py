from models import Customer


def contact_line(c: Customer) -> str:
    return f"{c.name} <{c.email}> {c.phone or 'no phone'}"


def walk_in() -> Customer:
    return Customer(name="walk-in", email="desk@florist.example", phone=None)


if __name__ == "__main__":
    print(contact_line(walk_in()))
