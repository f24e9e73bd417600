import java.util.Map;
import java.util.TreeMap;

public class Main {
    static Map<Character, Integer> letterFrequency(String text) {
        Map<Character, Integer> freq = new TreeMap<>();
        for (char c : text.toLowerCase().toCharArray()) {
            if (Character.isLetter(c)) {
                freq.merge(c, 1, Integer::sum);
            }
        }
        return freq
    }

    public static void main(String[] args) {
        System.out.println(letterFrequency("Hello, World"));
    }
}
