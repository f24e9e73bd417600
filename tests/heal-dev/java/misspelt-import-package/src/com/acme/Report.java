package com.acme;

import com.acme.utils.Strings;

public class Report {
    public static void main(String[] args) {
        String[][] rows = {{"alpha", "3"}, {"beta", "12"}, {"gamma", "7"}};
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            out.append(Strings.padRight(r[0], 8)).append(Strings.repeat('*', Integer.parseInt(r[1]))).append('\n');
        }
        System.out.print(out);
        if (!out.toString().startsWith("alpha   ***\n")) throw new AssertionError();
    }
}
