public class Tax {
    /** Marginal rate for a yearly income in euros. */
    static double rate(long income) {
        if (income <= 11_000) {
            return 0.0;
        } else if (income <= 30_000) {
            return 0.2;
        } else if (income <= 90_000) {
            return 0.35;
        }
        return 0.45;
    }

    public static void main(String[] args) {
        long[] incomes = {9_000, 25_000, 60_000, 150_000};
        for (long i : incomes) {
            System.out.println(i + " -> " + rate(i));
        }
        if (rate(150_000) != 0.45) throw new AssertionError();
    }
}
