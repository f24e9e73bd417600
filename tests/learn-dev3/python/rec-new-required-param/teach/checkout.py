from dataclasses import dataclass

from invoices import render_invoice


@dataclass
class Customer:
    name: str
    locale: str


def receipt(customer, total_cents):
    return f"{customer.name}: {render_invoice(total_cents)}"
