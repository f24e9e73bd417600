public class Main {
    private static int attempts = 0;

    static boolean tryConnect() {
        attempts++;
        return attempts >= 3;
    }

    static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }

    public static void main(String[] args) throws Exception {
        while (!tryConnect()) {
            System.out.println("attempt " + attempts + " failed, retrying");
            pause(10);
        }
        System.out.println("connected after " + attempts + " attempts");
    }
}
