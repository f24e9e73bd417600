import tinyfmt

print(tinyfmt.shout("hello"))
