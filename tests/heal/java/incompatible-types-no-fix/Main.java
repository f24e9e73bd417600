public class Main {
    public static void main(String[] args) {
        String input = "42";
        int answer = input;
        System.out.println(answer + 1);
    }
}
