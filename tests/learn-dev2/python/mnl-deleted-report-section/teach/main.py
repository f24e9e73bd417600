from collections import Counter

ORDERS = [
    {"id": 1, "client": "Baumann GmbH", "total": 120.0},
    {"id": 2, "client": "Oak & Ivy", "total": 75.5},
    {"id": 3, "client": "Baumann GmbH", "total": 310.0},
]


def print_revenue(orders):
    print(f"revenue: {sum(o['total'] for o in orders):.2f}")


def print_top_customer(orders):
    counts = Counter(o["customer"] for o in orders)
    name, n = counts.most_common(1)[0]
    print(f"top customer: {name} ({n} orders)")


def main():
    print("weekly report")
    print_revenue(ORDERS)
    print_top_customer(ORDERS)


if __name__ == "__main__":
    main()
