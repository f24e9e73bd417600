import java.util.ArrayList;
import java.util.List;

public class Main {
    static List<String> chunk(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < text.length(); i += width) {
            lines.add(text.substring(i, Math.min(text.length(), i + width)));
        }
        return lines;
    }

    public static void main(String[] args) {
        List<String> lines = chunk("abcdefghijklmnopqrstuvwxyz", 8);
        System.out.println(lines.length() + " lines");
        lines.forEach(System.out::println);
    }
}
