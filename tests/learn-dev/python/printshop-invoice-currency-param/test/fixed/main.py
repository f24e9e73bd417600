from invoice import render_invoice

ORDERS = {
    "Quayle": [("business cards", 3900)],
    "Nakamura": [("banner", 12000), ("lamination", 800)],
}

for customer, items in sorted(ORDERS.items()):
    print(render_invoice(customer, items, currency="EUR"))
    print()
