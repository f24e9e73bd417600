class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance


account = Account("ada", 10)
print(account.owner, account.balanse + 5)
