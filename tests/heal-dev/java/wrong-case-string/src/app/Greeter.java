package app;

import java.util.List;

public class Greeter {
    private final String greeting;

    public Greeter(String greeting) {
        this.greeting = greeting;
    }

    public String greet(string name) {
        if (name == null || name.isBlank()) {
            return greeting + ", stranger";
        }
        return greeting + ", " + name.strip();
    }

    public static void main(String[] args) {
        Greeter g = new Greeter("Good morning");
        for (String n : List.of("Ann", "  Raj ", "")) {
            System.out.println(g.greet(n));
        }
        if (!g.greet("  Raj ").equals("Good morning, Raj")) {
            throw new AssertionError();
        }
    }
}
