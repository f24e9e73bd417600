from pantry.shelf import Shelf


class Depot:
    def __init__(self) -> None:
        self.backroom = Shelf("backroom")
        self.front = Shelf("front")

    def move(self, name: str, qty: int) -> int:
        moved = self.front.take(name, qty)
        self.backroom.add_item(name, moved)
        return moved
