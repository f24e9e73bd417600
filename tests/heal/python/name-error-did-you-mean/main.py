def invoice_total(prices, tax_rate):
    subtotal = sum(prices)
    return round(subtotl * (1 + tax_rate), 2)


print(invoice_total([10, 20], 0.2))
