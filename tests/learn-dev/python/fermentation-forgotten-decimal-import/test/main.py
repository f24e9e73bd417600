from tariff import fee

for m in (20, 60, 61, 135):
    print(m, "min", fee(m))
