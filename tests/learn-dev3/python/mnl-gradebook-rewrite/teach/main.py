from grades import report

students = {"ines": [14, 17, 12], "oskar": [], "pia": [19, 18]}
print("\n".join(report(students)))
