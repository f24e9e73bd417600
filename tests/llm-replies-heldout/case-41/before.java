package com.acme.inventory;

import java.util.List;

public class Stock {
    private final List<String> skus = new ArrayList<>();

    public void receive(String sku) {
        skus.add(sku);
    }

    public boolean has(String sku) {
        return skus.contains(sku);
    }

    public int size() {
        return skus.size();
    }
}
