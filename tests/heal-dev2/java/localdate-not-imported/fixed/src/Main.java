import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

public class Main {
    record Subscription(String customer, LocalDate renewsOn) {}

    static List<Subscription> dueWithin(List<Subscription> subs, LocalDate today, int days) {
        List<Subscription> out = new ArrayList<>();
        for (Subscription s : subs) {
            if (!s.renewsOn().isAfter(today.plusDays(days))) {
                out.add(s);
            }
        }
        return out;
    }

    public static void main(String[] args) {
        LocalDate today = LocalDate.of(2026, 12, 1);
        List<Subscription> subs = List.of(
            new Subscription("acme", LocalDate.of(2026, 12, 5)),
            new Subscription("globex", LocalDate.of(2027, 2, 1)));
        for (Subscription s : dueWithin(subs, today, 30)) {
            System.out.println(s.customer() + " renews " + s.renewsOn());
        }
    }
}
