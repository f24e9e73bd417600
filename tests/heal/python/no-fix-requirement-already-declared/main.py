import yaml

print(yaml.__name__)
