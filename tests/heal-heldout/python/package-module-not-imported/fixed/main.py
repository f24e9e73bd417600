from shop.cart import Cart
from shop.pricing import apply_discount


def checkout(cart, coupon_percent):
    total = apply_discount(cart.subtotal(), coupon_percent)
    return f"{len(cart.items)} lines, total {total:.2f}"


if __name__ == "__main__":
    cart = Cart()
    cart.add("notebook", 4.50, 3)
    cart.add("pen", 1.20, 10)
    print(checkout(cart, 15))
