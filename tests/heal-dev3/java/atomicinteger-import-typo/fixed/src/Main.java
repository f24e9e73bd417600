import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

public class Main {
    private static final AtomicInteger nextId = new AtomicInteger(1000);

    record Ticket(int id, String title) {}

    static Ticket open(String title) {
        return new Ticket(nextId.getAndIncrement(), title);
    }

    public static void main(String[] args) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        List<Ticket> tickets = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < 4; w++) {
            Thread t = new Thread(() -> {
                for (int i = 0; i < 25; i++) {
                    tickets.add(open("bug report"));
                }
            });
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        long distinct = tickets.stream().map(Ticket::id).distinct().count();
        System.out.println(tickets.size() + " tickets, " + distinct + " distinct ids");
        if (distinct != 100) {
            System.exit(1);
        }
    }
}
