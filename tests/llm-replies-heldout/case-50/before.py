import csv
import io


def parse_line(line)
    return next(csv.reader(io.StringIO(line)))


def column_sums(lines):
    sums = None
    for line in lines:
        values = [float(v) for v in parse_line(line)]
        if sums is None:
            sums = values
        else:
            sums = [a + b for a, b in zip(sums, values)]
    return sums or []


if __name__ == "__main__":
    print(column_sums(["1,2,3", "4,5,6"]))
