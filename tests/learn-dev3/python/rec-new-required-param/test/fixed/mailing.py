from invoices import render_invoice


def reminders(accounts):
    lines = []
    for account in accounts:
        if account.due_cents > 0:
            amount = render_invoice(account.due_cents, account.locale)
            lines.append(f"Dear {account.name}, please pay {amount}.")
    return lines
