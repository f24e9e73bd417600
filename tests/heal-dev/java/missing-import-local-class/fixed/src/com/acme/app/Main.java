package com.acme.app;

import com.acme.model.Invoice;

public class Main {
    public static void main(String[] args) {
        Invoice inv = new Invoice("Globex").item(1250, 4).item(999, 3);
        System.out.printf("%s owes %.2f%n", inv.customer(), inv.totalCents() / 100.0);
        if (inv.totalCents() != 7997) throw new AssertionError();
    }
}
