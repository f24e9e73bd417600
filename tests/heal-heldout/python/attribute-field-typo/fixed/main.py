from models import Account


def monthly_interest(account, rate):
    interest = round(account.balance * rate / 12, 2)
    account.deposit(interest)
    return interest


if __name__ == "__main__":
    acct = Account("lee", 1200)
    earned = monthly_interest(acct, 0.05)
    print(f"{acct.owner} earned {earned}, balance now {acct.balance}")
