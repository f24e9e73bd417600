// Prints the day after a fixed date.
public class Main {
    public static void main(String[] args) {
        LocalDate release = LocalDate.of(2021, 9, 14);
        System.out.println(release.plusDays(1));
    }
}
