public class Roman {
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    static String toRoman(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                n -= VALUES[i];
                b.append(SYMBOLS[i]);
            }
        }
        return b.toString()
    }

    public static void main(String[] args) {
        for (int year : new int[] {1994, 2026, 3999}) {
            System.out.println(year + " = " + toRoman(year));
        }
        if (!toRoman(1994).equals("MCMXCIV")) throw new AssertionError();
    }
}
