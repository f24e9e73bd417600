import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<String> words = Arrays.asList("delta", "alpha", "charlie");
        String joined = words.stream().sorted().collect(Collectors.joining(" "));
        System.out.println(joined);
    }
}
