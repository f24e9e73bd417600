def grade(score):
    if score >= 90
        return "A"
    return "B"


print(grade(95))
