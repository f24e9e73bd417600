public class Main {
    public static void main(String[] args) {
        List<String> names = List.of("ada", "grace", "linus");
        System.out.println(String.join(", ", names));
    }
}
