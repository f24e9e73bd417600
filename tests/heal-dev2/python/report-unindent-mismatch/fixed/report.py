import csv
import io

DATA = """region,amount
north,120
south,80
north,45
"""


def totals_by_region(text):
    totals = {}
    for row in csv.DictReader(io.StringIO(text)):
        region = row["region"]
        amount = int(row["amount"])
        if region not in totals:
            totals[region] = 0
        totals[region] += amount
    return totals


def main():
    for region, total in sorted(totals_by_region(DATA).items()):
        print(f"{region:<8}{total:>6}")


if __name__ == "__main__":
    main()
