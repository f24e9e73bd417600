package app;

public class Rating {
    static String label(int score) {
        if (score >= 90) {
            return "excellent";
        } else if (score >= 70) {
            return "good";
        } else if (score >= 40) {
            return "fair";
        }
    }

    public static void main(String[] args) {
        for (int s : new int[] {95, 72, 41, 10}) {
            System.out.println(s + " " + label(s));
        }
    }
}
