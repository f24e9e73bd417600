from pricing import calc_total, format_eur

ORDER = [
    ("sourdough loaf", 2, 4.50),
    ("cinnamon roll", 6, 1.80),
    ("rye bread", 1, 3.90),
]


def main():
    total = calc_total(ORDER, discount=0.05)
    print("order total:", format_eur(total))


if __name__ == "__main__":
    main()
