package app;

public class Server {
    static final int DEFAULT_PORT = 8080;

    static String describe(String host, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        return "http://" + host + ":" + port + "/";
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? args[0] : DEFAULT_PORT;
        System.out.println("would listen on " + describe("127.0.0.1", port));
    }
}
