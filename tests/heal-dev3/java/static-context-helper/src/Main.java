import java.util.List;

public class Main {
    record Reading(String station, double mm) {}

    double totalRain(List<Reading> readings, String station) {
        double sum = 0;
        for (Reading r : readings) {
            if (r.station().equals(station)) {
                sum += r.mm();
            }
        }
        return sum;
    }

    static String wettest(List<Reading> readings, List<String> stations) {
        String best = null;
        double bestMm = -1;
        for (String s : stations) {
            double mm = totalRain(readings, s);
            if (mm > bestMm) {
                best = s;
                bestMm = mm;
            }
        }
        return best;
    }

    public static void main(String[] args) {
        List<Reading> readings = List.of(
                new Reading("harbour", 4.2), new Reading("hill", 7.5),
                new Reading("harbour", 6.1), new Reading("valley", 2.0));
        String w = wettest(readings, List.of("harbour", "hill", "valley"));
        System.out.println("wettest station: " + w);
        if (!"harbour".equals(w)) {
            System.exit(1);
        }
    }
}
