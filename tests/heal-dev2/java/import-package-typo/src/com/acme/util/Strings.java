package com.acme.util;

public final class Strings {
    private Strings() {}

    public static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        return s.substring(0, Math.max(0, max - 1)) + "\u2026";
    }
}
