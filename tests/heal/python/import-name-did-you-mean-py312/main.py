from collections import OrderedDict, defaultdct

index = defaultdict(list)
index["a"].append(1)
print(OrderedDict(index))
