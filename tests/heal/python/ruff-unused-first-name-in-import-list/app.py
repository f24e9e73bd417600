from collections import defaultdict, OrderedDict  # containers


def make():
    return OrderedDict()


print(make())
