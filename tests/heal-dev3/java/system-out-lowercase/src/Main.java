import java.time.Duration;

public class Main {
    static String humanize(Duration d) {
        long h = d.toHours();
        long m = d.toMinutesPart();
        if (h == 0) {
            return m + " min";
        }
        return h + " h " + m + " min";
    }

    static Duration parseClock(String hhmm) {
        String[] parts = hhmm.split(":");
        return Duration.ofHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1]));
    }

    public static void main(String[] args) {
        Duration start = parseClock("08:45");
        Duration end = parseClock("17:10");
        String worked = humanize(end.minus(start));
        system.out.println("worked " + worked);
        if (!worked.equals("8 h 25 min")) {
            System.exit(1);
        }
    }
}
