package com.shop.model;

public record Item(String name, int cents, int qty) {
    public int subtotal() {
        return cents * qty;
    }
}
