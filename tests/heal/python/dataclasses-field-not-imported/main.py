from dataclasses import dataclass


@dataclass
class Basket:
    owner: str
    items: list = field(default_factory=list)


print(Basket("ada"))
