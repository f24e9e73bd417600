import java.util.LinkedHashMap;
import java.util.Map;

public class Main {
    static Map<String, Integer> stockLevels() {
        Map<String, Integer> stock = new LinkedHashMap<>();
        stock.put("espresso beans", 12);
        stock.put("oat milk", 3);
        stock.put("paper cups", 0);
        return stock;
    }

    static String status(int units, int lowMark) {
        if (units == 0) {
            return "OUT";
        }
        if ((units <= lowMark) {
            return "LOW";
        }
        return "OK";
    }

    public static void main(String[] args) {
        int low = 0;
        for (Map.Entry<String, Integer> e : stockLevels().entrySet()) {
            String s = status(e.getValue(), 5);
            System.out.println(e.getKey() + ": " + s);
            if (s.equals("LOW")) {
                low++;
            }
        }
        if (low != 1) {
            System.exit(1);
        }
    }
}
