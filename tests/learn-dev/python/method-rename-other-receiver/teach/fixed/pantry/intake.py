from pantry.shelf import Shelf


def receive_donation(shelf: Shelf, lines: list[tuple[str, int]]) -> int:
    total = 0
    for name, qty in lines:
        if qty <= 0:
            continue
        shelf.restock(name, qty)
        total += qty
    return total
