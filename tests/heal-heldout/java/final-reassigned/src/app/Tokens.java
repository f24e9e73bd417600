package app;

import java.util.ArrayList;
import java.util.List;

public class Tokens {
    static List<String> tokenize(String expr) {
        List<String> tokens = new ArrayList<>();
        final StringBuilder number = new StringBuilder();
        final int depth = 0;
        for (char c : expr.toCharArray()) {
            if (Character.isDigit(c)) {
                number.append(c);
                continue;
            }
            if (number.length() > 0) {
                tokens.add(number.toString());
                number.setLength(0);
            }
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (depth < 0) throw new IllegalArgumentException("unbalanced");
            if (!Character.isWhitespace(c)) tokens.add(String.valueOf(c));
        }
        if (number.length() > 0) tokens.add(number.toString());
        return tokens;
    }

    public static void main(String[] args) {
        System.out.println(tokenize("12 * (3 + 45)"));
    }
}
