package app;

import java.util.List;

public class Csv {
    static String toCsvRow(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String cell = cells.get(i);
            if (cell.contains(",") || cell.contains("\"")) {
                cell = "\"" + cell.replace("\"", "\"\"") + "\"";
            }
            sb.append(cell);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        System.out.println(toCsvRow(List.of("id", "Smith, Jane", "says \"hi\"")));
    }
}
