import java.util.List;
import notify.EmailNotifier;
import notify.Notifier;
import notify.SmsNotifier;

public class Main {
    public static void main(String[] args) {
        String text = "Your order 5521 has shipped and will arrive on Thursday.";
        for (Notifier n : List.of(new EmailNotifier(), new SmsNotifier())) {
            String body = text.length() > n.maxLength() ? text.substring(0, n.maxLength()) : text;
            n.send(n.channel().equals("sms") ? "+4912345" : "kim@example.com", body);
        }
    }
}
