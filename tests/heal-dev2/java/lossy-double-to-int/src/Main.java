public class Main {
    static String progressBar(long done, long total) {
        double ratio = total == 0 ? 1.0 : (double) done / total;
        int percent = ratio * 100;
        int filled = percent / 5;
        return "[" + "#".repeat(filled) + " ".repeat(20 - filled) + "] " + percent + "%";
    }

    public static void main(String[] args) {
        System.out.println(progressBar(0, 40));
        System.out.println(progressBar(13, 40));
        System.out.println(progressBar(40, 40));
    }
}
