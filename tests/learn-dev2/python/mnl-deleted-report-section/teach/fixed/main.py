ORDERS = [
    {"id": 1, "client": "Baumann GmbH", "total": 120.0},
    {"id": 2, "client": "Oak & Ivy", "total": 75.5},
    {"id": 3, "client": "Baumann GmbH", "total": 310.0},
]


def print_revenue(orders):
    print(f"revenue: {sum(o['total'] for o in orders):.2f}")


def main():
    print("weekly report")
    print_revenue(ORDERS)


if __name__ == "__main__":
    main()
