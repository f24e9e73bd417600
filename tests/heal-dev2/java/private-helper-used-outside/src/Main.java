public class Main {
    public static void main(String[] args) {
        for (String tag : new String[] {"release_2026", "hot-fix", "v1"}) {
            System.out.println(tag + ": " + (Validator.isAsciiWord(tag) ? "ok" : "rejected"));
        }
    }
}
