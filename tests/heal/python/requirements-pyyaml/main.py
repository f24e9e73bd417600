import yaml

print("parsed with", yaml.__name__)
