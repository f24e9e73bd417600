package app;

import java.util.ArrayDeque;
import java.util.Deque;

public class Stack {
    static boolean balanced(String s) {
        Deque<Character> open = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '(', '[', '{' -> open.push(c);
                case ')' -> { if (open.isEmpty() || open.pop() != '(') return false; }
                case ']' -> { if (open.isEmpty() || open.pop() != '[') return false; }
                case '}' -> { if (open.isEmpty() || open.pop() != '{') return false; }
                default -> { }
            }
        }
        return open.isEmpty();
    }

    public static void main(String[] args) {
        for (String s : new String[] {"(a[b]{c})", "(]", "(("}) {
            System.out.println(s + " " + balanced(s));
        }
    }
}
