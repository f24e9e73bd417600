def average(scores):
    return sum(scores) / len(scores)


def report(students):
    lines = []
    for name, scores in students.items():
        lines.append(f"{name}: {average(scores):.1f}")
    return lines
