import java.util.HashMap;
import java.util.Map;

public class Main {
    static Map<String> indexByEmail(String[][] rows) {
        Map<String> byEmail = new HashMap<>();
        for (String[] row : rows) {
            byEmail.put(row[1].toLowerCase(), row[0]);
        }
        return byEmail;
    }

    public static void main(String[] args) {
        String[][] rows = {{"Ana Lima", "Ana@Example.org"}, {"Bo Chen", "bo@example.org"}};
        System.out.println(indexByEmail(rows).get("ana@example.org"));
    }
}
