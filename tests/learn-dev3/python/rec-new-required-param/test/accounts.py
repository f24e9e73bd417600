class Account:
    def __init__(self, name, locale, due_cents):
        self.name = name
        self.locale = locale
        self.due_cents = due_cents
