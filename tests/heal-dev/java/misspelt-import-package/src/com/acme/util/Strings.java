package com.acme.util;

public final class Strings {
    private Strings() {}

    public static String padRight(String s, int width) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < width) b.append(' ');
        return b.toString();
    }

    public static String repeat(char c, int n) {
        return String.valueOf(c).repeat(Math.max(0, n));
    }
}
