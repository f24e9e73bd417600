package app;

import java.util.Locale;

public class Greeter {
    static String greet(String name, Locale locale) {
        string greeting = switch (locale.getLanguage()) {
            case "de" -> "Hallo";
            case "fr" -> "Bonjour";
            default -> "Hello";
        };
        return greeting + ", " + name + "!";
    }

    public static void main(String[] args) {
        System.out.println(greet("Jo", Locale.GERMAN));
        System.out.println(greet("Jo", Locale.ENGLISH));
    }
}
