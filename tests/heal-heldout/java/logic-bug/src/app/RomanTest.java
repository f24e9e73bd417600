package app;

public class RomanTest {
    static void check(int n, String want) {
        String got = Roman.toRoman(n);
        assert got.equals(want) : n + " -> " + got + ", want " + want;
    }

    public static void main(String[] args) {
        check(4, "IV");
        check(9, "IX");
        check(14, "XIV");
        check(1994, "MCMXCIV");
        check(2026, "MMXXVI");
        System.out.println("all roman numeral checks passed");
    }
}
