from ledger import Ledger


def load(lines):
    book = Ledger()
    for line in lines:
        account, cents = line.split(",")
        book.post_entry(account.strip(), int(cents))
    return book
