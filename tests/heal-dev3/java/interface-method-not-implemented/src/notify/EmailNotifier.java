package notify;

public class EmailNotifier implements Notifier {
    public String channel() {
        return "email";
    }

    public boolean send(String recipient, String message) {
        System.out.println("mail to " + recipient + ": " + message);
        return recipient.contains("@");
    }

    public int maxLength() {
        return 10000;
    }
}
