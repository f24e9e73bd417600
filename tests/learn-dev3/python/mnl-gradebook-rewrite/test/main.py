from timesheet import rates

for line in rates([("kim", 96000, 40), ("lars", 0, 0), ("noor", 51000, 30)]):
    print(line)
