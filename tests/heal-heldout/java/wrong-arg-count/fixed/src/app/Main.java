package app;

public class Main {
    public static void main(String[] args) {
        Rect screen = new Rect(0, 0, 1920, 1080);
        Rect button = new Rect(100, 40, 80, 24);
        System.out.println(screen.contains(1919, 1079) + " " + button.contains(150, 50));
    }
}
