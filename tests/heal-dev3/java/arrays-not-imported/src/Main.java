import java.util.List;

public class Main {
    static double median(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        if (sorted.length % 2 == 1) {
            return sorted[mid];
        }
        return (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    static int[] parse(List<String> raw) {
        return raw.stream().mapToInt(Integer::parseInt).toArray();
    }

    public static void main(String[] args) {
        int[] responseMs = parse(List.of("120", "95", "310", "101", "88", "140"));
        double m = median(responseMs);
        System.out.println("median response: " + m + " ms");
        if (m != 110.5) {
            System.exit(1);
        }
    }
}
