def shelf_label(product, stock):
    return product + " (" + str(stock) + " left)"
