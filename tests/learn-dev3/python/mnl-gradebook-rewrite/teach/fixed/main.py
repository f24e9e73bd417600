from grades import GradeBook

book = GradeBook()
book.add("ines", 14, 17, 12)
book.add("oskar")
book.add("pia", 19, 18)
for row in book.table():
    print(row)
