def shelf_label(product, stock):
    return product + " (" + stock + " left)"
