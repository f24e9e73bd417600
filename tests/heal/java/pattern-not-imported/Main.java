import java.util.regex.Matcher;

public class Main {
    public static void main(String[] args) {
        Matcher m = Pattern.compile("(\\d+)-(\\d+)").matcher("10-20");
        System.out.println(m.matches() ? m.group(2) : "no match");
    }
}
