from restock import plan

print(plan([("bolt 12", 40), ("nut 7", 15), ("bolt 3", 5)]))
