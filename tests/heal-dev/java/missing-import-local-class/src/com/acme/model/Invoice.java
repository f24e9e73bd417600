package com.acme.model;

import java.util.ArrayList;
import java.util.List;

public class Invoice {
    private final String customer;
    private final List<long[]> items = new ArrayList<>();

    public Invoice(String customer) {
        this.customer = customer;
    }

    public Invoice item(long unitCents, long qty) {
        items.add(new long[] {unitCents, qty});
        return this;
    }

    public long totalCents() {
        long t = 0;
        for (long[] it : items) t += it[0] * it[1];
        return t;
    }

    public String customer() {
        return customer;
    }
}
