package shop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

public class Basket {
    record Line(String product, int qty, BigDecimal unit) {
        BigDecimal total() {
            return unit.multiply(BigDecimal.valueOf(qty));
        }
    }

    private final List<Line> lines = new ArrayList<>();

    void add(String product, int qty, String unit) {
        lines.add(new Line(product, qty, new BigDecimal(unit)));
    }

    BigDecimal total() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Line l : lines) {
            sum = sum.add(l.total());
        }
        return sum;
    }

    public static void main(String[] args) {
        Basket b = new Basket();
        b.add("coffee beans", 2, "8.95");
        b.add("filter papers", 1, "3.10");
        System.out.println("total " + b.total());
        if (b.total().compareTo(new BigDecimal("21.00")) != 0) throw new AssertionError();
    }
}
