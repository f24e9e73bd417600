package app;

import billing.Invoice;
import billing.TaxRule;

public class Main {
    public static void main(String[] args) {
        Invoice inv = new Invoice();
        inv.addLine(12000);
        inv.addLine(3450);
        TaxRule vat = new TaxRule("NL", 2100);
        long gross = inv.net() + vat.taxOn(inv.net());
        System.out.println(vat.region() + " gross: " + gross);
        if (gross != 18695) {
            System.exit(1);
        }
    }
}
