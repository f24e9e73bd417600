from models import Author, Book, Catalogue

cat = Catalogue()
cat.add(Book("Dune", Author("Frank Herbert", 1920), "978-0441013593", ["sf"]))
print(cat.find("978-0441013593"))
print(cat.find("missing"))
