package notify;

public class SmsNotifier implements Notifier {
    public String channel() {
        return "sms";
    }

    public boolean send(String recipient, String message) {
        System.out.println("sms to " + recipient + ": " + message);
        return recipient.startsWith("+");
    }

    public int maxLength() {
        return 160;
    }
}
