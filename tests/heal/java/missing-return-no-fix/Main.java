public class Main {
    static String grade(int score) {
        if (score >= 90) {
            return "A";
        } else if (score >= 75) {
            return "B";
        }
    }

    public static void main(String[] args) {
        System.out.println(grade(80));
    }
}
