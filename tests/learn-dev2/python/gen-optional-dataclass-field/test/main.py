from shipping.dispatch import assign_code, book

if __name__ == "__main__":
    s = book(5012, "parcelfox")
    print(s.label())
    assign_code(s, "PFX-88-1201")
    print(s.label())
