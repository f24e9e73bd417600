package notify;

public interface Notifier {
    String channel();

    boolean send(String recipient, String message);

    int maxLength();
}
