package com.acme.pricing;

public class Discount {
    private final double rate;

    public Discount(double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("rate must be in [0, 1]");
        }
        this.rate = rate;
    }

    /** Applies the discount to a price in cents, rounding to the nearest cent. */
    public int apply(int price) {
        int discounted = (int) Math.round(price * (1 - rate));
        return discounted;
    }
}
