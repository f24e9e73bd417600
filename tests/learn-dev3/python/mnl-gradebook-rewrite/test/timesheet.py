def hourly_rate(pay_cents, hours):
    return pay_cents / hours / 100


def rates(entries):
    return [f"{who}: {hourly_rate(pay, hours):.2f}" for who, pay, hours in entries]
