from report import render

ROWS = [
    {"region": "north", "amount": 120},
    {"region": "south", "amount": 80},
    {"region": "north", "amount": 40},
    {"region": "east", "amount": 5},
]
print(render(ROWS))
