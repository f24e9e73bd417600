from audit.scan import count_by_family

print(count_by_family({"BOLT-12": 40, "NUT-7": 1500, "BOLT-3": -2}))
