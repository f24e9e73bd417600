def hourly_rate(pay_cents, hours):
    if hours == 0:
        return 0.0
    return pay_cents / hours / 100


def rates(entries):
    return [f"{who}: {hourly_rate(pay, hours):.2f}" for who, pay, hours in entries]
