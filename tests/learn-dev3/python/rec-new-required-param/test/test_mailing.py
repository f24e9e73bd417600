from accounts import Account
from mailing import reminders


def test_only_accounts_that_owe():
    got = reminders([Account("Lea", "de_AT", 4250), Account("Tom", "en_US", 0)])
    assert got == ["Dear Lea, please pay 42,50."]
