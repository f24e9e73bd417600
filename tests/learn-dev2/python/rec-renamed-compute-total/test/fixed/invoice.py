import pricing


class Invoice:
    def __init__(self, number, lines):
        self.number = number
        self.lines = lines

    def total(self):
        return pricing.compute_total(self.lines)

    def render(self):
        out = [f"Invoice {self.number}"]
        for name, qty, price in self.lines:
            out.append(f"  {qty} x {name} @ {pricing.format_eur(price)}")
        out.append(f"  total {pricing.format_eur(self.total())}")
        return "\n".join(out)
