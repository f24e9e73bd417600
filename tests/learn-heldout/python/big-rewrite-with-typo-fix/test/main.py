from report import render

print(render([
    {"bin": "A1", "sku": "bolt", "qty": "120"},
    {"bin": "A1", "sku": "nut", "qty": "300"},
    {"bin": "B4", "sku": "washer", "qty": "75"},
]))
