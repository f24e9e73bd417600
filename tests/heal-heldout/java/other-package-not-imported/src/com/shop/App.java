package com.shop;

import java.util.List;

public class App {
    static int total(List<Item> items) {
        int sum = 0;
        for (Item it : items) {
            sum += it.subtotal();
        }
        return sum;
    }

    public static void main(String[] args) {
        List<Item> cart = List.of(new Item("tea", 450, 2), new Item("mug", 1200, 1));
        System.out.printf("total %.2f%n", total(cart) / 100.0);
    }
}
