from ledger import Ledger


class Payroll:
    def __init__(self, rates):
        self.rates = rates
        self.book = Ledger()

    def pay(self, employee, hours):
        amount = self.rates[employee] * hours
        self.book.record_entry("wages", -amount)
        self.book.record_entry(employee, amount)
        return amount

    def owed(self, employee):
        return self.book.balance(employee)
