package com.acme.util;

public final class Ranges {
    private Ranges() {}

    public static int clamp(int value, int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("min > max");
        }
        if (value < min) {
            return min;
        } else if (value > max) {
            return max;
        }
    }

    public static boolean within(int value, int min, int max) {
        return clamp(value, min, max) == value;
    }
}
