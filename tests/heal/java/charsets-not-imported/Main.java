public class Main {
    public static void main(String[] args) {
        byte[] bytes = "héllo".getBytes(StandardCharsets.UTF_8);
        System.out.println(bytes.length);
    }
}
