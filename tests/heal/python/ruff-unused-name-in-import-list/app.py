from collections import OrderedDict, defaultdict, deque


def make():
    return OrderedDict(), deque()


print(make())
