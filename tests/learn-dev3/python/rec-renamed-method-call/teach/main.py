from importer import load

book = load(["cash, 1200", "rent, -800", "cash, 350"])
print("cash", book.balance("cash"))
print("rent", book.balance("rent"))
